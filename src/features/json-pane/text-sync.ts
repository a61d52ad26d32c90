// The thin adapter between the store and Monaco's text buffer. Every decision (what the text means,
// which edits to make) is a pure function in src/lib/json; this file only wires events.
import type { editor } from 'monaco-editor/editor';
import { jsonEqual, type JsonObject } from '../../domain/index.ts';
import type { DocumentStore } from '../../lib/document-store.ts';
import { computeEdits } from '../../lib/json/edits.ts';
import { parseDocumentText, type SyntaxProblem } from '../../lib/json/parse-text.ts';
import { shareUnchanged } from '../../lib/json/share.ts';
import { offsetsToRange } from './monaco-ranges.ts';

export interface TextSync {
  /** The document the text holds (the last good one while the text does not parse). */
  lastDocument(): JsonObject;
  /** Replace the pane's text so it holds `doc`, as minimal undoable edits. */
  write(doc: JsonObject): void;
  /** False while the text does not parse (the user is mid-edit; Monaco's own undo applies). */
  textParses(): boolean;
  dispose(): void;
}

export function connectTextSync(
  ed: editor.IStandaloneCodeEditor,
  model: editor.ITextModel,
  store: DocumentStore<JsonObject>,
  onSyntax: (problem: SyntaxProblem | undefined) => void,
  /** True when Ctrl+Z in the pane goes to the document history while the text parses (routeUndo). */
  documentUndo: () => boolean = () => false,
): TextSync {
  let last = store.get().value;
  let applying = false;
  let parses = true;
  // Text that did not parse when another view's change replaced it, and the document it stood for:
  // undoing back to that document (origin 'history') brings the text back, not a reformatted copy.
  let replaced: { readonly base: JsonObject; readonly text: string } | undefined;

  const write = (doc: JsonObject): void => {
    if (doc === last) return;
    if (!parses) replaced = { base: last, text: model.getValue() };
    const edits = computeEdits(model.getValue(), last, doc);
    last = doc;
    if (edits.length === 0) return;
    const ops = edits.map((e) => ({ range: offsetsToRange(model, e.start, e.end), text: e.text }));
    applying = true;
    try {
      if (parses && documentUndo()) {
        // Ctrl+Z goes to the document history while the text parses, and Monaco's own undo is used
        // only once the text stops parsing, never back past text that parsed: an entry per form edit
        // in Monaco's stack could never be reached, and would pile up without bound. The open typing
        // entry is closed first, so that later typing does not join one from before this edit.
        model.pushStackElement();
        model.applyEdits(ops);
      } else {
        ed.pushUndoStop();
        ed.executeEdits('taskdef-sync', ops);
        ed.pushUndoStop();
      }
    } finally {
      applying = false;
    }
    parses = true;
    onSyntax(undefined);
  };

  const restore = (doc: JsonObject, text: string): void => {
    last = doc;
    ed.pushUndoStop();
    // Not `applying`: the content listener parses the restored text and reports its syntax error.
    ed.executeEdits('taskdef-sync', [{ range: model.getFullModelRange(), text }]);
    ed.pushUndoStop();
  };

  const contentListener = model.onDidChangeContent(() => {
    if (applying) return; // our own echo
    const parsed = parseDocumentText(model.getValue());
    parses = parsed.ok;
    if (!parsed.ok) {
      onSyntax(parsed.error); // keep the last good document; the form is untouched
      return;
    }
    onSyntax(undefined);
    // Whitespace and key order changes mean nothing to the document: compare documents, not text.
    const current = store.get().value;
    if (jsonEqual(parsed.document, current)) {
      last = current; // keep the store's references: later diffs stop at shared subtrees
      return;
    }
    // What the edit did not touch keeps the current document's references (structural sharing, as
    // a form edit has): the undo step holds the changed path, not a second copy of the document.
    const next = shareUnchanged(current, parsed.document) as JsonObject;
    last = next;
    store.set(next, 'json');
  });

  const unsubscribe = store.subscribe((update) => {
    if (update.value === last) return; // the echo of our own store.set
    if (update.origin === 'history' && replaced?.base === update.value) {
      restore(replaced.base, replaced.text);
      return;
    }
    write(update.value);
  });

  return {
    lastDocument: () => last,
    write,
    textParses: () => parses,
    dispose() {
      contentListener.dispose();
      unsubscribe();
    },
  };
}
