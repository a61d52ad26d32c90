// A paste or drop bigger than the pane can handle is refused before Monaco sees it. Inserting,
// tokenizing and parsing a 10 MB text blocks the page for seconds; a task definition registers at
// most 64 KB, so a text many times that size is a mistake (a log, the wrong file), not a definition.
import type { editor } from 'monaco-editor/editor';
import { MAX_DEPTH, tooDeepAt } from '../../lib/json/parse-text.ts';
import type { Monaco } from '../../lib/monaco/setup.ts';

/** Sixteen times the registration limit: room for any pretty-printed definition with comments. */
export const MAX_PANE_INPUT = 1_048_576;

export function refusalMessage(length: number): string {
  const mb = (length / 1_048_576).toFixed(1);
  return `Nothing was pasted: that text is ${mb} MB, and the JSON pane takes at most 1 MB (a task definition registers at most 64 KB). Your document is unchanged.`;
}

/** Why a text may not enter the pane, or undefined if it may. */
export function refusalFor(text: string): string | undefined {
  if (text.length > MAX_PANE_INPUT) return refusalMessage(text.length);
  // Monaco's bracket matching and its JSON worker recurse per level: 10,000 levels freeze the page
  // for a second and overflow the worker's stack. No task definition is nested more than ten deep.
  if (tooDeepAt(text) !== undefined)
    return `Nothing was pasted: that text is nested more than ${String(MAX_DEPTH)} levels deep, and a task definition needs fewer than ten. Your document is unchanged.`;
  return undefined;
}

/**
 * Listens in the capture phase on the pane's host, so the check runs before Monaco's own handlers;
 * `onRefused(undefined)` clears the message on the next change to the text.
 */
export function guardPaneInput(
  monaco: Monaco,
  host: HTMLElement,
  model: editor.ITextModel,
  onRefused: (message: string | undefined) => void,
): () => void {
  const refuse = (e: Event, message: string | undefined): void => {
    if (message === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    onRefused(message);
  };
  const onPaste = (e: ClipboardEvent): void => {
    refuse(e, refusalFor(e.clipboardData?.getData('text/plain') ?? ''));
  };
  const onDrop = (e: DragEvent): void => {
    const data = e.dataTransfer;
    if (!data) return;
    const largest = Math.max(0, ...Array.from(data.files, (f) => f.size));
    refuse(e, largest > MAX_PANE_INPUT ? refusalMessage(largest) : refusalFor(data.getData('text/plain')));
  };
  host.addEventListener('paste', onPaste, true);
  host.addEventListener('drop', onDrop, true);
  // Monaco's JSON worker parses recursively and overflows its stack on 10,000 nested brackets; text
  // that deep is shown as plain text (the pane's own parser reports it) until it is shallow again.
  const language = (): void => {
    const wanted = tooDeepAt(model.getValue()) === undefined ? 'json' : 'plaintext';
    if (model.getLanguageId() !== wanted) monaco.editor.setModelLanguage(model, wanted);
  };
  const changed = model.onDidChangeContent(() => {
    onRefused(undefined);
    language();
  });
  return () => {
    host.removeEventListener('paste', onPaste, true);
    host.removeEventListener('drop', onDrop, true);
    changed.dispose();
  };
}
