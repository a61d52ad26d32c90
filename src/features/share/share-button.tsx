import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { PLACEHOLDER_ACCOUNT, REDACTED_VALUE, type JsonObject } from '../../domain/index.ts';
import type { DocumentStore } from '../../lib/document-store.ts';
import { Dialog } from './dialog.tsx';
import { LONG_LINK, makeShareLink, type ShareLink } from './share-link.ts';
import './share.css';

/** The toolbar's "Share link" button and the dialog that makes the link. */
export function ShareButton({ store }: { readonly store: DocumentStore<JsonObject> }): React.JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        Share link
      </button>
      <Dialog
        open={open}
        title="Share link"
        onClose={() => {
          setOpen(false);
        }}
      >
        <ShareBody store={store} />
      </Dialog>
    </>
  );
}

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function ShareBody({ store }: { readonly store: DocumentStore<JsonObject> }): React.JSX.Element {
  const doc = useSyncExternalStore(
    (onChange) => store.subscribe(onChange),
    () => store.get().value,
  );
  // On by default: environment values are where people paste credentials and internal hosts, and a
  // link lives on in chat history. The recipient who needs the values can be sent them separately.
  const [environmentValues, setEnvironmentValues] = useState(true);
  const [accountIds, setAccountIds] = useState(false);
  const [link, setLink] = useState<ShareLink | undefined>(undefined);
  const [failure, setFailure] = useState('');
  const [status, setStatus] = useState('');
  const linkId = useId();
  const sizeId = useId();

  useEffect(() => {
    let current = true;
    makeShareLink(doc, { environmentValues, accountIds }, window.location.href).then(
      (made) => {
        if (!current) return;
        setLink(made);
        setFailure('');
      },
      (error: unknown) => {
        if (!current) return;
        setLink(undefined);
        setFailure(`The link could not be made (${error instanceof Error ? error.message : String(error)}).`);
      },
    );
    return () => {
      current = false;
    };
  }, [doc, environmentValues, accountIds]);

  const length = link?.url.length ?? 0;
  return (
    <>
      <p className="share-note">
        The document travels inside the link, after the <code>#</code>, which browsers never send to a server.
        Anyone who has the link can read what it holds.
      </p>
      <fieldset className="share-options">
        <legend>Leave out of the link</legend>
        <label>
          <input
            type="checkbox"
            checked={environmentValues}
            onChange={(e) => {
              setEnvironmentValues(e.target.checked);
            }}
          />
          Redact environment values
        </label>
        <p className="share-hint">
          Each environment variable keeps its name; its value becomes <code>{REDACTED_VALUE}</code>. Your own
          document is not changed.
        </p>
        <label>
          <input
            type="checkbox"
            checked={accountIds}
            onChange={(e) => {
              setAccountIds(e.target.checked);
            }}
          />
          Redact account IDs
        </label>
        <p className="share-hint">
          In ARNs and ECR image addresses the account becomes <code>{PLACEHOLDER_ACCOUNT}</code>.
        </p>
      </fieldset>
      <div className="share-link">
        <label htmlFor={linkId}>Link</label>
        <input
          id={linkId}
          type="text"
          readOnly
          value={link?.url ?? ''}
          aria-describedby={sizeId}
          onFocus={(e) => {
            e.target.select();
          }}
        />
        <button
          type="button"
          disabled={!link}
          onClick={() => {
            if (!link) return;
            navigator.clipboard.writeText(link.url).then(
              () => {
                setStatus('Copied the link to the clipboard');
              },
              () => {
                setStatus('The browser refused the clipboard; select the link and copy it');
              },
            );
          }}
        >
          Copy link
        </button>
      </div>
      <div id={sizeId} className="share-size">
        {link ? (
          <p>
            {plural(length, 'character', 'characters')}
            {environmentValues
              ? `; ${plural(link.environmentValues, 'environment value', 'environment values')} redacted`
              : ''}
            {accountIds ? `; ${plural(link.accountIds, 'account ID', 'account IDs')} redacted` : ''}.
          </p>
        ) : null}
        {length > LONG_LINK ? (
          <p className="share-warning">
            This link is very long (over {LONG_LINK.toLocaleString('en')} characters): some chat tools and
            mail clients cut long links. Send the exported JSON file instead if it arrives broken.
          </p>
        ) : null}
        {failure ? <p className="share-warning">{failure}</p> : null}
      </div>
      <span className="share-status" role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}
