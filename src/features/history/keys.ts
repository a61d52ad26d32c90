// Which keys undo and redo, and where on the page they mean the document's history.
//
// The design: Ctrl+Z (Cmd+Z) undoes the last change to the document wherever the focus is on the
// page: on a button, in a form field, in the JSON pane (which routes its own Ctrl+Z here, so there is
// one history, not two). Ctrl+Shift+Z and Ctrl+Y redo. The exceptions keep the browser's own text
// undo where the text is not the document: fields inside a dialog (the import box, a draft's new
// name) and any other text field outside the form.
export type HistoryAction = 'undo' | 'redo';

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

export function historyAction(e: KeyLike): HistoryAction | undefined {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return undefined;
}

/** The attribute that marks a region whose fields edit the document (the form). */
export const DOCUMENT_UNDO_ATTRIBUTE = 'data-document-undo';

export function isDocumentUndoTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target.closest('dialog, [role="dialog"], [role="alertdialog"]')) return false;
  if (target.closest(`[${DOCUMENT_UNDO_ATTRIBUTE}]`)) return true;
  return !isTextEntry(target);
}

function isTextEntry(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  if (!(el instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(el.type);
}
