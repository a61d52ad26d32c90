// What an import will do, shown before anything is applied: the kind recognised, the import's fixes
// (the required steps, and each optional fix with a checkbox), the optional repairs check() offers,
// the notes, and the before/after diff of exactly the document the accept button will apply.
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { applyImportFixes, type JsonObject } from '../../domain/index.ts';
import { ImportFixList } from './import-fix-list.tsx';
import {
  afterText,
  allOptional,
  appliedCount,
  applyLabel,
  inertFixes,
  repairKey,
  repairsFor,
  withRepairs,
  type ImportPreview as Preview,
} from './preview.ts';

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
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(() => allOptional(preview));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const imported = useMemo(() => applyImportFixes(preview.result, accepted), [preview, accepted]);
  const repairs = useMemo(() => repairsFor(imported), [imported]);
  const after = useMemo(() => withRepairs(imported, repairs, chosen), [imported, repairs, chosen]);
  const afterJson = useMemo(() => afterText(after.document), [after]);
  const notesId = useId();
  const keys = repairs.map(repairKey);
  const chosenHere = keys.filter((k) => chosen.has(k)).length;
  const toggle = (key: string): void => {
    setChosen((old) => {
      const next = new Set(old);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  };
  const inert = useMemo(() => inertFixes(preview, accepted), [preview, accepted]);
  const label = applyLabel(
    {
      applied: appliedCount(preview, accepted),
      total: preview.required.length + preview.optional.length,
    },
    after.applied,
  );
  return (
    <div className="import-preview">
      <p className="import-recognised" data-testid="import-recognised">
        Recognised: <strong>{preview.recognised}</strong>
      </p>
      <ImportFixList
        required={preview.required}
        optional={preview.optional}
        accepted={accepted}
        inert={inert}
        applied={appliedCount(preview, accepted)}
        onChange={setAccepted}
      />
      {repairs.length > 0 ? (
        <fieldset className="import-repairs">
          <legend>Further repairs ({repairs.length}), each optional</legend>
          <button
            type="button"
            onClick={() => {
              setChosen(chosenHere === keys.length ? new Set() : new Set(keys));
            }}
          >
            {chosenHere === keys.length ? 'Clear all repairs' : 'Select all repairs'}
          </button>
          <ul className="import-list">
            {repairs.map((p, i) => (
              <li key={`${repairKey(p)}:${i}`}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(repairKey(p))}
                    onChange={() => {
                      toggle(repairKey(p));
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
          <span>After: the document that will replace yours, with the fixes chosen above</span>
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
            onReplace(after.document);
          }}
        >
          {label}
        </button>
      </div>
    </div>
  );
}
