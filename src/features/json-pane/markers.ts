// Problems -> Monaco markers at the exact range of their path.
import type { editor, MarkerSeverity } from 'monaco-editor/editor';
import type { Problem, Severity } from '../../domain/index.ts';
import { createLocator, type RangeTarget } from '../../lib/json/locate.ts';
import type { SyntaxProblem } from '../../lib/json/parse-text.ts';
import type { Monaco } from '../../lib/monaco/setup.ts';
import { offsetsToRange } from './monaco-ranges.ts';

export const RULES_OWNER = 'taskdef-rules';
export const SYNTAX_OWNER = 'taskdef-syntax';

/**
 * Problems about a member's name, not its value: a key the model does not know (`imagex`), a read-only
 * field of describe's output (`revision`). Their marker goes under the key; every other problem's under
 * the value, where the fix is typed.
 */
const KEY_PROBLEMS: ReadonlySet<string> = new Set(['unknown-parameter', 'read-only-field']);

/** Which part of a path's text a problem's marker (and a click on it in the list) points at. */
export function rangeTargetOf(problem: Pick<Problem, 'code'>): RangeTarget {
  return KEY_PROBLEMS.has(problem.code) ? 'key' : 'value';
}

export function setRuleMarkers(monaco: Monaco, model: editor.ITextModel, problems: readonly Problem[]): void {
  const locate = createLocator(model.getValue());
  const markers: editor.IMarkerData[] = [];
  for (const p of problems) {
    const r = locate(p.path, rangeTargetOf(p));
    if (!r) continue;
    markers.push({
      ...offsetsToRange(model, r.offset, r.offset + r.length),
      severity: severityOf(monaco, p.severity),
      message: p.message,
      code: p.code,
      source: p.path === '' ? 'task definition' : p.path,
    });
  }
  monaco.editor.setModelMarkers(model, RULES_OWNER, markers);
}

/** While the text does not parse, the problems are the last good document's: their places are gone. */
export function clearRuleMarkers(monaco: Monaco, model: editor.ITextModel): void {
  monaco.editor.setModelMarkers(model, RULES_OWNER, []);
}

export function setSyntaxMarker(
  monaco: Monaco,
  model: editor.ITextModel,
  error: SyntaxProblem | undefined,
): void {
  const markers: editor.IMarkerData[] = error
    ? [
        {
          ...offsetsToRange(
            model,
            error.offset,
            Math.min(model.getValueLength(), error.offset + error.length),
          ),
          severity: monaco.MarkerSeverity.Error,
          message: error.message,
          code: 'json-syntax',
        },
      ]
    : [];
  monaco.editor.setModelMarkers(model, SYNTAX_OWNER, markers);
}

function severityOf(monaco: Monaco, s: Severity): MarkerSeverity {
  if (s === 'error') return monaco.MarkerSeverity.Error;
  if (s === 'warning') return monaco.MarkerSeverity.Warning;
  return monaco.MarkerSeverity.Info;
}
