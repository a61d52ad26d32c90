// The toolbar's "Drafts" button and the save state beside it.
import { useState, useSyncExternalStore } from 'react';
import type { DraftSession, SaveStatus } from '../../lib/storage/index.ts';
import { DraftsDialog } from './drafts-dialog.tsx';
import './drafts.css';

const WORDS: Readonly<Record<SaveStatus, string>> = {
  saved: 'Saved in this browser',
  unsaved: 'Saving…',
  saving: 'Saving…',
  error: 'Not saved',
  conflict: 'Not saved: changed in another tab',
};

export interface DraftsControlProps<T> {
  readonly session: DraftSession<T>;
  readonly starter: () => T;
}

export function DraftsControl<T>({ session, starter }: DraftsControlProps<T>): React.JSX.Element {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const [open, setOpen] = useState(false);
  return (
    <span className="drafts-control">
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          void session.refreshList();
        }}
      >
        Drafts
      </button>
      <span className={`drafts-save is-${state.status}`} data-testid="draft-status" title={state.name}>
        <span className="drafts-name">{state.name}</span>:{' '}
        {state.draftId === undefined && state.status === 'saved'
          ? 'new, nothing to save yet'
          : WORDS[state.status]}
      </span>
      <DraftsDialog
        session={session}
        starter={starter}
        open={open}
        onClose={() => {
          setOpen(false);
        }}
      />
    </span>
  );
}
