export { UndoRedoButtons, useHistoryKeys } from './undo-redo.tsx';
export { DOCUMENT_UNDO_ATTRIBUTE, historyAction, isDocumentUndoTarget } from './keys.ts';
export type { HistoryAction, KeyLike } from './keys.ts';
