// "New from template": a gallery of starting points from public/templates, loaded with TanStack Query.
// Choosing one replaces the document in one update (origin 'import'), after a confirm when the user
// has changed the starter document.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { jsonEqual, type JsonObject } from '../../domain/index.ts';
import type { DocumentStore } from '../../lib/document-store.ts';
import { ModalDialog } from '../../lib/dialog/modal-dialog.tsx';
import { fetchTemplate, fetchTemplateIndex, type TemplateEntry } from './catalog.ts';
import './templates.css';

export interface TemplatesControlProps {
  readonly store: DocumentStore<JsonObject>;
  /** The document the editor opens with: replacing it needs no confirmation. */
  readonly starter: () => JsonObject;
}

interface Pending {
  readonly entry: TemplateEntry;
  readonly document: JsonObject;
}

const describeError = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function TemplatesControl({ store, starter }: TemplatesControlProps): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [pending, setPending] = useState<Pending | undefined>();
  const [status, setStatus] = useState('');
  const client = useQueryClient();
  const index = useQuery({
    queryKey: ['templates', 'index'],
    queryFn: fetchTemplateIndex,
    enabled: open,
    retry: false,
    staleTime: Infinity,
  });

  const close = (): void => {
    setOpen(false);
    setPending(undefined);
    setFailure(undefined);
  };
  const replace = (p: Pending): void => {
    store.set(p.document, 'import');
    setStatus(`Started from the template “${p.entry.title}”`);
    close();
  };
  const choose = (entry: TemplateEntry): void => {
    setFailure(undefined);
    setLoading(entry.id);
    client
      .query({
        queryKey: ['templates', 'file', entry.file],
        queryFn: () => fetchTemplate(entry),
        retry: false,
        staleTime: Infinity,
      })
      .then(
        (document) => {
          const p = { entry, document };
          if (jsonEqual(store.get().value, starter())) replace(p);
          else setPending(p);
        },
        (e: unknown) => {
          setFailure(`The template “${entry.title}” could not be loaded: ${describeError(e)}`);
        },
      )
      .finally(() => {
        setLoading(undefined);
      });
  };

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setStatus('');
          setOpen(true);
        }}
      >
        New from template
      </button>
      <span className="toolbar-status" role="status" aria-live="polite">
        {status}
      </span>
      <ModalDialog open={open} title="New from template" onClose={close} className="templates-dialog">
        <div className="modal-dialog-body">
          {pending ? (
            <div role="alertdialog" aria-label="Replace your document?" className="templates-confirm">
              <p>
                Replace your document with “{pending.entry.title}”? Your document differs from the starter,
                and the changes you made will be replaced.
              </p>
              <div className="modal-dialog-actions">
                <button
                  type="button"
                  onClick={() => {
                    setPending(undefined);
                  }}
                >
                  Keep my document
                </button>
                <button
                  type="button"
                  className="primary"
                  onClick={() => {
                    replace(pending);
                  }}
                >
                  Replace document
                </button>
              </div>
            </div>
          ) : index.isPending ? (
            <p role="status">Loading the templates…</p>
          ) : index.isError ? (
            <div role="alert" className="templates-error">
              <p>The templates could not be loaded: {describeError(index.error)}</p>
              <button type="button" onClick={() => void index.refetch()}>
                Try again
              </button>
            </div>
          ) : (
            <ul className="templates-gallery" aria-label="Templates">
              {index.data.map((t) => (
                <li key={t.id}>
                  <h3>{t.title}</h3>
                  <p>{t.description}</p>
                  <button
                    type="button"
                    aria-label={`Use ${t.title}`}
                    disabled={loading !== undefined}
                    onClick={() => {
                      choose(t);
                    }}
                  >
                    {loading === t.id ? 'Loading…' : 'Use this template'}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {failure ? (
            <p role="alert" className="templates-error">
              {failure}
            </p>
          ) : null}
        </div>
      </ModalDialog>
    </>
  );
}
