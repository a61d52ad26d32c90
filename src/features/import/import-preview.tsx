// What an import will do, shown before anything is applied: the kind recognised, the import's fixes
// (applied together: the importer has no way to leave one out), the optional repairs (one by one),
// the notes, and the before/after diff.
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import type { JsonObject } from '../../domain/index.ts';
import { afterText, withRepairs, type ImportPreview as Preview } from './preview.ts';

const ImportDiff = lazy(() => import('./import-diff.tsx').then((m) => ({ default: m.ImportDiff })));

export interface ImportPreviewProps {
  readonly before: string;
  readonly preview: Preview;
  readonly onReplace: (doc: JsonObject) => void;
  readonly onCancel: () => void;
}

export function ImportPreview({
  before,
  preview,
  onReplace,
  onCancel,
}: ImportPreviewProps): React.JSX.Element {
  const [chosen, setChosen] = useState<ReadonlySet<number>>(() => new Set());
  const after = useMemo(
    () => withRepairs(preview.document, preview.repairs, chosen).document,
    [preview, chosen],
  );
  const afterJson = useMemo(() => afterText(after), [after]);
  const fixesId = useId();
  const notesId = useId();
  const toggle = (i: number): void => {
    setChosen((old) => {
      const next = new Set(old);
      if (!next.delete(i)) next.add(i);
      return next;
    });
  };
  return (
    <div className="import-preview">
      <p className="import-recognised" data-testid="import-recognised">
        Recognised: <strong>{preview.recognised}</strong>
      </p>
      <section aria-labelledby={fixesId} className="import-fixes">
        <h3 id={fixesId}>Fixes the import applies ({preview.fixes.length})</h3>
        {preview.fixes.length === 0 ? (
          <p>None: the text is register-ready as it is.</p>
        ) : (
          <>
            <p className="import-hint">
              The import makes these changes together, as one step: they cannot be accepted one by one.
              Replace document accepts all of them; Cancel keeps your document as it is.
            </p>
            <ul className="import-list">
              {preview.fixes.map((f, i) => (
                <li key={`${f.code}:${f.path}:${i}`}>
                  {f.message} <code>{f.path === '' ? '(document)' : f.path}</code>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {preview.repairs.length > 0 ? (
        <fieldset className="import-repairs">
          <legend>Further repairs ({preview.repairs.length}), each optional</legend>
          <button
            type="button"
            onClick={() => {
              setChosen(
                chosen.size === preview.repairs.length
                  ? new Set()
                  : new Set(preview.repairs.map((_, i) => i)),
              );
            }}
          >
            {chosen.size === preview.repairs.length ? 'Clear all repairs' : 'Select all repairs'}
          </button>
          <ul className="import-list">
            {preview.repairs.map((p, i) => (
              <li key={`${p.code}:${p.path}:${i}`}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(i)}
                    onChange={() => {
                      toggle(i);
                    }}
                  />{' '}
                  {p.fix?.title ?? p.code} <code>{p.path === '' ? '(document)' : p.path}</code>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {preview.notes.length > 0 ? (
        <section aria-labelledby={notesId}>
          <h3 id={notesId}>Notes</h3>
          <ul className="import-list">
            {preview.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-label="Before and after" className="import-diff-section">
        <p className="import-diff-legend">
          <span>Before: the text as given</span>
          <span>After: the document that will replace yours</span>
        </p>
        <Suspense fallback={<p>Loading the comparison…</p>}>
          <ImportDiff before={before} after={afterJson} />
        </Suspense>
      </section>
      <div className="modal-dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            onReplace(after);
          }}
        >
          Replace document
        </button>
      </div>
    </div>
  );
}
