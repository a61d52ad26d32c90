import { useId, useMemo, useState, useSyncExternalStore } from 'react';
import type { JsonObject } from '../../domain/index.ts';
import type { DocumentStore } from '../../lib/document-store.ts';
import { Dialog } from './dialog.tsx';
import {
  commandFor,
  EXPORT_FORMATS,
  generate,
  isFormatId,
  type FormatId,
  type FormatOutput,
} from './formats.ts';
import { copyText, downloadText } from './save.ts';
import './export-panel.css';

/** The toolbar's "Export" button and the dialog it opens. */
export function ExportButton({ store }: { readonly store: DocumentStore<JsonObject> }): React.JSX.Element {
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
        Export
      </button>
      <Dialog
        open={open}
        title="Export"
        onClose={() => {
          setOpen(false);
        }}
      >
        <ExportBody store={store} />
      </Dialog>
    </>
  );
}

function ExportBody({ store }: { readonly store: DocumentStore<JsonObject> }): React.JSX.Element {
  const doc = useSyncExternalStore(
    (onChange) => store.subscribe(onChange),
    () => store.get().value,
  );
  const [formatId, setFormatId] = useState<FormatId>('register-json');
  const [status, setStatus] = useState('');
  const selectId = useId();
  const output = useMemo(() => generate(formatId, doc), [formatId, doc]);
  const format = EXPORT_FORMATS.find((f) => f.id === formatId) ?? EXPORT_FORMATS[0];
  const copy = (text: string, what: string): void => {
    copyText(text).then(
      () => {
        setStatus(`Copied ${what} to the clipboard`);
      },
      () => {
        setStatus('The browser refused the clipboard; use Download instead');
      },
    );
  };
  return (
    <>
      <div className="export-format">
        <label htmlFor={selectId}>Format</label>
        <select
          id={selectId}
          value={formatId}
          onChange={(e) => {
            if (isFormatId(e.target.value)) setFormatId(e.target.value);
            setStatus('');
          }}
        >
          {EXPORT_FORMATS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      {formatId === 'register-json' ? <RegisterCommand command={commandFor(doc)} onCopy={copy} /> : null}
      <OutputView output={output} />
      <div className="export-actions">
        <button
          type="button"
          disabled={output.kind !== 'text'}
          onClick={() => {
            if (output.kind === 'text') copy(output.text, output.fileName);
          }}
        >
          Copy to clipboard
        </button>
        <button
          type="button"
          className="primary"
          disabled={output.kind !== 'text'}
          onClick={() => {
            if (output.kind !== 'text') return;
            downloadText(output.fileName, output.text, format?.mime ?? 'text/plain');
            setStatus(`Saved ${output.fileName}`);
          }}
        >
          {output.kind === 'text' ? `Download ${output.fileName}` : 'Download'}
        </button>
        <span className="export-status" role="status" aria-live="polite">
          {status}
        </span>
      </div>
    </>
  );
}

function RegisterCommand({
  command,
  onCopy,
}: {
  readonly command: string;
  readonly onCopy: (text: string, what: string) => void;
}): React.JSX.Element {
  return (
    <div className="export-command">
      <p>Register it with the AWS CLI, from the folder you saved the file in:</p>
      <div className="export-command-line">
        <code data-testid="register-command">{command}</code>
        <button
          type="button"
          onClick={() => {
            onCopy(command, 'the command');
          }}
        >
          Copy command
        </button>
      </div>
    </div>
  );
}

function OutputView({ output }: { readonly output: FormatOutput }): React.JSX.Element {
  if (output.kind === 'none') return <p className="export-none">{output.message}</p>;
  if (output.kind === 'failed')
    return (
      <p className="export-failed" role="alert">
        {output.message}
      </p>
    );
  return (
    <>
      {output.reasons && output.reasons.length > 0 ? (
        <div className="export-reasons">
          <h3>Why each statement is there</h3>
          <ul>
            {output.reasons.map((r) => (
              <li key={r.sid}>
                <code>{r.sid}</code>: {r.reason}
              </li>
            ))}
          </ul>
          {output.notes && output.notes.length > 0 ? (
            <ul className="export-notes">
              {output.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {/* A read-only text area: whatever the document holds is shown as text, never parsed as markup. */}
      <textarea
        className="export-preview"
        readOnly
        wrap="off"
        spellCheck={false}
        rows={Math.min(24, output.text.split('\n').length)}
        aria-label={`Preview of ${output.fileName}`}
        value={output.text}
      />
    </>
  );
}
