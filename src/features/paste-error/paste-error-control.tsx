// "Paste your error": the message ECS, the CLI, Terraform or CloudFormation gave, mapped onto the
// current document. Each match explains itself, goes to its field, and offers the fix check() has.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { flushSync } from 'react-dom';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { JsonObject } from '../../domain/index.ts';
import type { DocumentStore } from '../../lib/document-store.ts';
import { ModalDialog } from '../../lib/dialog/modal-dialog.tsx';
import { applyRowFix, errorRows, type ErrorRow } from './matches.ts';
import './paste-error.css';

const PasteErrorSchema = z.object({
  message: z.string().refine((s) => s.trim() !== '', 'Paste the error message first.'),
});
type PasteErrorForm = z.infer<typeof PasteErrorSchema>;

export interface PasteErrorControlProps {
  readonly store: DocumentStore<JsonObject>;
  /** Focus the field in the form and select its range in the JSON pane. */
  readonly onGoTo: (path: string) => void;
}

export function PasteErrorControl({ store, onGoTo }: PasteErrorControlProps): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<readonly ErrorRow[] | undefined>();
  const [status, setStatus] = useState('');
  const form = useForm<PasteErrorForm>({
    resolver: zodResolver(PasteErrorSchema),
    defaultValues: { message: '' },
  });
  const fieldId = useId();
  const errorId = useId();

  const lookup = (message: string): void => {
    setRows(errorRows(message, store.get().value));
  };
  const textError = form.formState.errors.message?.message;
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setStatus('');
          setOpen(true);
        }}
      >
        Paste your error
      </button>
      <ModalDialog
        open={open}
        title="Paste your error"
        onClose={() => {
          setOpen(false);
        }}
        className="paste-error-dialog"
      >
        <div className="modal-dialog-body">
          <form
            className="paste-error-form"
            noValidate
            onSubmit={(e) => {
              void form.handleSubmit((values) => {
                setStatus('');
                lookup(values.message);
              })(e);
            }}
          >
            <label htmlFor={fieldId}>
              The message ECS, the AWS CLI, Terraform or CloudFormation showed you
            </label>
            <textarea
              id={fieldId}
              data-autofocus
              rows={5}
              spellCheck={false}
              aria-invalid={textError ? true : undefined}
              aria-describedby={textError ? errorId : undefined}
              {...form.register('message')}
            />
            {textError ? (
              <p id={errorId} className="paste-error-invalid">
                {textError}
              </p>
            ) : null}
            <div className="modal-dialog-actions">
              <button type="submit" className="primary">
                Find the field
              </button>
            </div>
          </form>
          <p role="status" aria-live="polite" className="paste-error-status">
            {status}
          </p>
          {rows === undefined ? null : rows.length === 0 ? (
            <p className="paste-error-none">
              The editor does not recognise this message. Check the problems list, or paste the complete
              message including the error code (e.g. ClientException).
            </p>
          ) : (
            <ul className="paste-error-matches" aria-label="What the error means">
              {rows.map(({ match, fixable }) => (
                <li key={`${match.code}:${match.path}`}>
                  <p>{match.explanation}</p>
                  <p className="paste-error-where">
                    <code>{match.path === '' ? '(document)' : match.path}</code> · {match.code}
                  </p>
                  <div className="paste-error-actions">
                    {match.path !== '' ? (
                      <button
                        type="button"
                        onClick={() => {
                          // Close first (synchronously): a modal dialog keeps the page inert.
                          flushSync(() => {
                            setOpen(false);
                          });
                          onGoTo(match.path);
                        }}
                      >
                        Go to field
                      </button>
                    ) : null}
                    {fixable?.fix ? (
                      <button
                        type="button"
                        className="primary"
                        onClick={() => {
                          const next = applyRowFix(store.get().value, fixable);
                          if (!next) {
                            setStatus('The fix no longer applies: the document has changed.');
                            return;
                          }
                          store.set(next, 'fix');
                          setStatus(`Fixed: ${fixable.fix?.title ?? match.code}`);
                          lookup(form.getValues('message'));
                        }}
                      >
                        Fix it
                      </button>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      </ModalDialog>
    </>
  );
}
