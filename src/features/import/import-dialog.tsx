// The Import dialog: paste text or open a file, preview what the import would do, then replace the
// document or cancel. Unreadable text shows where it broke; the document is untouched until Replace.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { JsonObject } from '../../domain/index.ts';
import { ModalDialog } from '../../lib/dialog/modal-dialog.tsx';
import './import.css';
import { ACCEPTED_EXTENSIONS, readDroppedFile } from './decode-file.ts';
import { ImportPreview } from './import-preview.tsx';
import { previewImport, type PreviewResult } from './preview.ts';

const ImportFormSchema = z.object({
  text: z.string().refine((s) => s.trim() !== '', 'Paste a task definition, or open a file.'),
});
type ImportForm = z.infer<typeof ImportFormSchema>;

/** A file (opened or dropped) or a paste, as handed to the dialog. */
export type ImportSource =
  | { readonly kind: 'text'; readonly text: string; readonly from: string; readonly warning?: string }
  | { readonly kind: 'unreadable'; readonly message: string };

interface Shown {
  readonly before: string;
  readonly from: string;
  readonly warning: string | undefined;
  readonly result: PreviewResult;
}

export interface ImportDialogProps {
  readonly open: boolean;
  /** A dropped file to preview at once (read when the dialog mounts). */
  readonly source: ImportSource | undefined;
  readonly onClose: () => void;
  readonly onReplace: (doc: JsonObject, recognised: string) => void;
}

/** Remount (a new `key`) for each opening: the state starts from `source`. */
export function ImportDialog({ open, source, onClose, onReplace }: ImportDialogProps): React.JSX.Element {
  const [shown, setShown] = useState<Shown | undefined>(() =>
    source?.kind === 'text'
      ? {
          before: source.text,
          from: source.from,
          warning: source.warning,
          result: previewImport(source.text),
        }
      : undefined,
  );
  const [fileProblem, setFileProblem] = useState<string | undefined>(() =>
    source?.kind === 'unreadable' ? source.message : undefined,
  );
  const form = useForm<ImportForm>({
    resolver: zodResolver(ImportFormSchema),
    defaultValues: { text: source?.kind === 'text' ? source.text : '' },
  });
  const textId = useId();
  const errorId = useId();

  const show = (text: string, from: string, warning?: string): void => {
    setFileProblem(undefined);
    form.setValue('text', text);
    setShown({ before: text, from, warning, result: previewImport(text) });
  };

  const textError = form.formState.errors.text?.message;
  return (
    <ModalDialog open={open} title="Import a task definition" onClose={onClose} className="import-dialog">
      <div className="modal-dialog-body">
        <form
          className="import-form"
          noValidate
          onSubmit={(e) => {
            void form.handleSubmit((values) => {
              show(values.text, 'the pasted text');
            })(e);
          }}
        >
          <label htmlFor={textId}>
            Paste JSON or YAML: register input, describe-task-definition output, a console copy, a
            CloudFormation template, a list of containers…
          </label>
          <textarea
            id={textId}
            data-autofocus
            rows={shown?.result.ok ? 4 : 10}
            spellCheck={false}
            aria-invalid={textError ? true : undefined}
            aria-describedby={textError ? errorId : undefined}
            {...form.register('text')}
          />
          {textError ? (
            <p id={errorId} className="import-error">
              {textError}
            </p>
          ) : null}
          <div className="import-form-row">
            <button type="submit">Preview import</button>
            <label className="import-file">
              Open a file
              <input
                type="file"
                accept={ACCEPTED_EXTENSIONS.join(',')}
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  e.currentTarget.value = '';
                  if (!file) return;
                  void readDroppedFile(file).then((read) => {
                    if (read.ok) show(read.text, file.name, read.warning);
                    else {
                      setShown(undefined);
                      setFileProblem(read.message);
                    }
                  });
                }}
              />
            </label>
            <span className="import-hint">…or drop a file anywhere on the page.</span>
          </div>
        </form>
        {fileProblem ? (
          <p role="alert" className="import-error">
            {fileProblem} Your document has not changed.
          </p>
        ) : null}
        {shown?.warning ? (
          <p role="status" className="import-warning">
            {shown.warning}
          </p>
        ) : null}
        {shown && !shown.result.ok ? (
          <p role="alert" className="import-error">
            Could not read {shown.from}: line {shown.result.error.line}, column {shown.result.error.column}:{' '}
            {shown.result.error.message} Your document has not changed.
          </p>
        ) : null}
        {shown?.result.ok ? (
          <ImportPreview
            key={shown.before}
            before={shown.before}
            preview={shown.result.preview}
            onCancel={onClose}
            onReplace={(doc) => {
              if (shown.result.ok) onReplace(doc, shown.result.preview.recognised);
            }}
          />
        ) : null}
      </div>
    </ModalDialog>
  );
}
