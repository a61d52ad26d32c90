import type { Monaco } from '../../lib/monaco/setup.ts';
import type { editor, IRange } from 'monaco-editor/editor';

export function offsetsToRange(model: editor.ITextModel, start: number, end: number): IRange {
  const a = model.getPositionAt(start);
  const b = model.getPositionAt(end);
  return {
    startLineNumber: a.lineNumber,
    startColumn: a.column,
    endLineNumber: b.lineNumber,
    endColumn: b.column,
  };
}

export type { Monaco };
