// What the user must know about their drafts: another tab saved the same draft (choose), storage
// failed (download to be safe), or a journal was recovered as a draft of its own.
import { useState, useSyncExternalStore } from 'react';
import type { DraftSession } from '../../lib/storage/index.ts';

export interface DraftNoticesProps<T> {
  readonly session: DraftSession<T>;
  /** Said once at start: storage unavailable, or drafts recovered. */
  readonly startNotes: readonly string[];
}

export function DraftNotices<T>({ session, startNotes }: DraftNoticesProps<T>): React.JSX.Element | null {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const [notes, setNotes] = useState(startNotes);
  const [busy, setBusy] = useState(false);
  const choose = (job: () => Promise<void>): void => {
    setBusy(true);
    void job().finally(() => {
      setBusy(false);
    });
  };
  return (
    <>
      {state.status === 'conflict' ? (
        <section className="draft-notice is-warning" aria-label="Draft changed in another tab">
          <p>
            “{state.name}” was changed in another tab or window. Your changes here are not saved over it.
            Choose which to keep:
          </p>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => {
              choose(session.keepMine);
            }}
          >
            Keep mine as a new draft
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              choose(session.loadTheirs);
            }}
          >
            Load theirs
          </button>
        </section>
      ) : null}
      {state.status === 'error' ? (
        <div className="draft-notice is-error" role="alert">
          <p>
            Your changes could not be saved in this browser: {state.error} Download the JSON to keep your
            work; saving is tried again with your next change.
          </p>
        </div>
      ) : null}
      {notes.length > 0 ? (
        <div className="draft-notice" role="status">
          {notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button
            type="button"
            onClick={() => {
              setNotes([]);
            }}
          >
            Dismiss
          </button>
        </div>
      ) : null}
    </>
  );
}
