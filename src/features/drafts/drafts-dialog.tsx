// The list of named drafts: open, rename, delete, and start a new one. Every action is a button
// with the draft's name in its accessible name, so the list works with the keyboard and a reader.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ModalDialog } from '../../lib/dialog/modal-dialog.tsx';
import type { DraftSession, DraftSummary } from '../../lib/storage/index.ts';

export interface DraftsDialogProps<T> {
  readonly session: DraftSession<T>;
  readonly starter: () => T;
  readonly open: boolean;
  readonly onClose: () => void;
}

export function DraftsDialog<T>({
  session,
  starter,
  open,
  onClose,
}: DraftsDialogProps<T>): React.JSX.Element {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const [status, setStatus] = useState('');
  const run = (job: Promise<void>, done: string, close = false): void => {
    job.then(
      () => {
        setStatus(done);
        if (close) onClose();
      },
      (error: unknown) => {
        setStatus(`That did not work: ${String(error)}`);
      },
    );
  };
  return (
    <ModalDialog open={open} title="Drafts" onClose={onClose} className="drafts-dialog">
      <p className="drafts-intro">
        Every change is kept in this browser as you type. Drafts never leave this device.
      </p>
      <button
        type="button"
        className="primary"
        data-autofocus
        onClick={() => {
          run(session.create(starter()), 'Started a new draft', true);
        }}
      >
        New draft
      </button>
      {state.drafts.length === 0 ? (
        <p>No saved drafts yet: the first change you make is saved as one.</p>
      ) : (
        <ul className="drafts-list" aria-label="Saved drafts">
          {state.drafts.map((d) => (
            <DraftRow
              key={d.id}
              draft={d}
              current={d.id === state.draftId}
              onOpen={() => {
                run(session.open(d.id), `Opened ${d.name}`, true);
              }}
              onRename={(name) => {
                run(session.rename(d.id, name), `Renamed to ${name}`);
              }}
              onDelete={() => {
                run(session.remove(d.id, starter), `Deleted ${d.name}`);
              }}
            />
          ))}
        </ul>
      )}
      <p role="status" className="drafts-status">
        {status}
      </p>
    </ModalDialog>
  );
}

interface RowProps {
  readonly draft: DraftSummary;
  readonly current: boolean;
  readonly onOpen: () => void;
  readonly onRename: (name: string) => void;
  readonly onDelete: () => void;
}

function DraftRow({ draft, current, onOpen, onRename, onDelete }: RowProps): React.JSX.Element {
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [name, setName] = useState(draft.name);
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (mode === 'rename') nameInput.current?.select();
  }, [mode]);
  const when = draft.updatedAt > 0 ? new Date(draft.updatedAt).toLocaleString() : '';
  if (mode === 'rename')
    return (
      <li className="drafts-row">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const trimmed = name.trim();
            if (trimmed !== '') onRename(trimmed);
            setMode('idle');
          }}
        >
          <label>
            New name for {draft.name}
            <input
              ref={nameInput}
              value={name}
              onChange={(e) => {
                setName(e.target.value);
              }}
            />
          </label>
          <button type="submit">Save name</button>
          <button
            type="button"
            onClick={() => {
              setMode('idle');
            }}
          >
            Cancel
          </button>
        </form>
      </li>
    );
  return (
    <li className={`drafts-row${current ? ' is-current' : ''}`}>
      <span className="drafts-name">
        <strong>{draft.name}</strong>
        {current ? <span className="drafts-badge"> (open)</span> : null}
        <span className="drafts-when"> {when}</span>
      </span>
      {mode === 'delete' ? (
        <span role="group" aria-label={`Delete ${draft.name}?`}>
          Delete it for good?{' '}
          <button type="button" className="danger" onClick={onDelete}>
            Yes, delete {draft.name}
          </button>
          <button
            type="button"
            onClick={() => {
              setMode('idle');
            }}
          >
            Keep it
          </button>
        </span>
      ) : (
        <span className="drafts-actions">
          <button type="button" disabled={current} onClick={onOpen} aria-label={`Open ${draft.name}`}>
            Open
          </button>
          <button
            type="button"
            onClick={() => {
              setMode('rename');
            }}
            aria-label={`Rename ${draft.name}`}
          >
            Rename
          </button>
          <button
            type="button"
            onClick={() => {
              setMode('delete');
            }}
            aria-label={`Delete ${draft.name}`}
          >
            Delete
          </button>
        </span>
      )}
    </li>
  );
}
