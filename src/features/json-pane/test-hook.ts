// A window hook for the browser tests, compiled in only when __E2E__ is true (the e2e build).
import type { editor } from 'monaco-editor/editor';
import type { JsonObject } from '../../domain/index.ts';
import type { Monaco } from '../../lib/monaco/setup.ts';

export interface TestHook {
  getText(): string;
  getDocument(): JsonObject;
  getMarkers(): {
    owner: string;
    code: string;
    message: string;
    severity: number;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
  }[];
  getPosition(): { line: number; column: number } | null;
  /** Puts the cursor at a text offset and types there as keystrokes do ('\b' deletes to the left). */
  typeAt(offset: number, keys: string): void;
}

declare global {
  interface Window {
    __taskdef?: TestHook;
  }
}

export function installTestHook(
  monaco: Monaco,
  ed: editor.IStandaloneCodeEditor,
  model: editor.ITextModel,
  getDocument: () => JsonObject,
): () => void {
  if (!__E2E__) return () => undefined;
  window.__taskdef = {
    getText: () => model.getValue(),
    getDocument,
    getMarkers: () =>
      monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => ({
        owner: m.owner,
        code: typeof m.code === 'string' ? m.code : (m.code?.value ?? ''),
        message: m.message,
        severity: m.severity,
        line: m.startLineNumber,
        column: m.startColumn,
        endLine: m.endLineNumber,
        endColumn: m.endColumn,
      })),
    getPosition: () => {
      const p = ed.getPosition();
      return p ? { line: p.lineNumber, column: p.column } : null;
    },
    typeAt: (offset, keys) => {
      ed.setPosition(model.getPositionAt(offset));
      for (const key of keys) {
        if (key === '\b') ed.trigger('keyboard', 'deleteLeft', null);
        else ed.trigger('keyboard', 'type', { text: key });
      }
    },
  };
  return () => {
    delete window.__taskdef;
  };
}
