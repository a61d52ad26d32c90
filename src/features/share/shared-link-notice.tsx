import { useEffect, useState } from 'react';
import type { JsonObject } from '../../domain/index.ts';
import type { DocumentStore } from '../../lib/document-store.ts';
import { readShareLink } from './share-link.ts';

export interface SharedLinkNoticeProps {
  readonly store: DocumentStore<JsonObject>;
  /** True when opening `incoming` would replace work of the user's (a draft that differs from it). */
  readonly needsConfirm: (incoming: JsonObject) => boolean;
}

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'confirm'; readonly document: JsonObject }
  | { readonly kind: 'opened' }
  | { readonly kind: 'declined' }
  | { readonly kind: 'error'; readonly message: string };

/** The fragment has been read: take it out of the address bar, so a reload does not open it again. */
function forgetFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}

/** Opens a `#doc=` link on page load (and when the fragment changes), and says what happened. */
export function SharedLinkNotice({ store, needsConfirm }: SharedLinkNoticeProps): React.JSX.Element | null {
  const [state, setState] = useState<State>({ kind: 'idle' });

  useEffect(() => {
    let current = true;
    const read = (): void => {
      readShareLink(window.location.hash).then(
        (link) => {
          if (!current || link.kind === 'none') return;
          forgetFragment();
          if (link.kind === 'error') setState({ kind: 'error', message: link.message });
          else if (needsConfirm(link.document)) setState({ kind: 'confirm', document: link.document });
          else {
            store.set(link.document, 'import');
            setState({ kind: 'opened' });
          }
        },
        (error: unknown) => {
          if (current) setState({ kind: 'error', message: String(error) });
        },
      );
    };
    read();
    window.addEventListener('hashchange', read);
    return () => {
      current = false;
      window.removeEventListener('hashchange', read);
    };
  }, [store, needsConfirm]);

  const dismiss = (): void => {
    setState({ kind: 'idle' });
  };
  switch (state.kind) {
    case 'idle':
      return null;
    case 'error':
      return (
        <div className="share-notice is-error" role="alert">
          <p>This share link could not be opened: {state.message} Your document is unchanged.</p>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      );
    case 'confirm':
      return (
        <section className="share-notice" aria-label="Shared task definition">
          <p>The link holds a shared task definition. Opening it replaces the document you are editing.</p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              store.set(state.document, 'import');
              setState({ kind: 'opened' });
            }}
          >
            Open the shared definition
          </button>
          <button
            type="button"
            onClick={() => {
              setState({ kind: 'declined' });
            }}
          >
            Keep my document
          </button>
        </section>
      );
    case 'opened':
    case 'declined':
      return (
        <div className="share-notice" role="status">
          <p>
            {state.kind === 'opened'
              ? 'Opened the task definition from the share link.'
              : 'Kept your document; the shared one was not opened.'}
          </p>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      );
  }
}
