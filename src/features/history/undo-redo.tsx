import { useEffect, useSyncExternalStore } from 'react';
import type { DocumentHistory } from '../../lib/history/index.ts';
import { historyAction, isDocumentUndoTarget } from './keys.ts';

const ORIGIN_WORDS: Readonly<Record<string, string>> = {
  form: 'form edit',
  json: 'JSON edit',
  fix: 'fix',
  import: 'import',
  sidecar: 'sidecar change',
};

/** The Undo and Redo buttons; each says what it would undo or redo. */
export function UndoRedoButtons({ history }: { readonly history: DocumentHistory }): React.JSX.Element {
  const state = useSyncExternalStore(history.subscribe, history.getState);
  const what = (origin: string | undefined): string =>
    origin ? ` the last ${ORIGIN_WORDS[origin] ?? 'change'}` : '';
  return (
    <div className="history-buttons" role="group" aria-label="History">
      <button
        type="button"
        disabled={!state.canUndo}
        aria-keyshortcuts="Control+Z"
        title={`Undo${what(state.undoOrigin)} (Ctrl+Z)`}
        onClick={() => history.undo()}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!state.canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        title={`Redo${what(state.redoOrigin)} (Ctrl+Shift+Z)`}
        onClick={() => history.redo()}
      >
        Redo
      </button>
    </div>
  );
}

/** Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y anywhere on the page go to the document history (see keys.ts). */
export function useHistoryKeys(history: DocumentHistory): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented) return;
      const action = historyAction(e);
      if (!action || !isDocumentUndoTarget(e.target)) return;
      e.preventDefault();
      if (action === 'undo') history.undo();
      else history.redo();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [history]);
}
