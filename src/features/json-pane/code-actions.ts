// Quick fixes in Monaco's light-bulb menu for every problem that carries a fix. The fix runs on the
// store's document; its result reaches the text as the same minimal edits the form would make, so it
// lands on Monaco's undo stack like any other edit.
import type { editor, IDisposable, languages } from 'monaco-editor/editor';
import type { JsonObject, Problem } from '../../domain/index.ts';
import { computeEdits } from '../../lib/json/edits.ts';
import type { Monaco } from '../../lib/monaco/setup.ts';
import { offsetsToRange } from './monaco-ranges.ts';

export function registerQuickFixes(
  monaco: Monaco,
  model: editor.ITextModel,
  getProblems: () => readonly Problem[],
  getDocument: () => JsonObject,
): IDisposable {
  return monaco.languages.registerCodeActionProvider('json', {
    provideCodeActions(target, _range, context) {
      if (target !== model) return { actions: [], dispose: () => undefined };
      const actions: languages.CodeAction[] = [];
      const seen = new Set<Problem>();
      for (const marker of context.markers) {
        const source = marker.source ?? '';
        const problem = getProblems().find(
          (p) =>
            p.fix !== undefined &&
            !seen.has(p) &&
            p.code === marker.code &&
            (p.path === source || (p.path === '' && source === 'task definition')),
        );
        if (!problem?.fix) continue;
        seen.add(problem);
        const doc = getDocument();
        const text = model.getValue();
        let fixed: JsonObject;
        try {
          fixed = problem.fix.apply(doc);
        } catch {
          continue; // a broken fix is not offered; the problem itself is still shown
        }
        const edits = computeEdits(text, doc, fixed);
        actions.push({
          title: problem.fix.title,
          kind: 'quickfix',
          diagnostics: [marker],
          isPreferred: true,
          edit: {
            edits: edits.map((e) => ({
              resource: model.uri,
              versionId: model.getVersionId(),
              textEdit: { range: offsetsToRange(model, e.start, e.end), text: e.text },
            })),
          },
        });
      }
      return { actions, dispose: () => undefined };
    },
  });
}
