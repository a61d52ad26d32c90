// The import's fixes: the required steps as a plain list (each with why it cannot be left out), the
// optional ones as checkboxes, checked at first, with Select all / Select none.
import { useId } from 'react';
import type { ImportFix } from '../../domain/index.ts';

export interface ImportFixListProps {
  readonly required: readonly ImportFix[];
  readonly optional: readonly ImportFix[];
  readonly accepted: ReadonlySet<string>;
  /** Fixes that do nothing under the current choice (shown, not offered). */
  readonly inert: ReadonlySet<string>;
  /** How many fixes the current choice applies. */
  readonly applied: number;
  readonly onChange: (accepted: ReadonlySet<string>) => void;
}

const where = (f: ImportFix): string => (f.path === '' ? '(document)' : f.path);

export function ImportFixList({
  required,
  optional,
  accepted,
  inert,
  applied,
  onChange,
}: ImportFixListProps): React.JSX.Element {
  const headingId = useId();
  const total = required.length + optional.length;
  const toggle = (id: string): void => {
    const next = new Set(accepted);
    if (!next.delete(id)) next.add(id);
    onChange(next);
  };
  return (
    <section aria-labelledby={headingId} className="import-fixes">
      <h3 id={headingId}>
        Fixes the import applies ({total === applied ? total : `${applied} of ${total}`})
      </h3>
      {total === 0 ? <p>None: the text is register-ready as it is.</p> : null}
      {required.length > 0 ? (
        <>
          <p className="import-hint">Always applied: without these the text is not a task definition.</p>
          <ul className="import-list" aria-label="Required steps">
            {required.map((f) => (
              <li key={f.id}>
                {f.message} <code>{where(f)}</code>
                <br />
                <span className="import-why">Required: {f.required}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {optional.length > 0 ? (
        <fieldset className="import-choices">
          <legend>
            Optional fixes: {accepted.size === optional.length ? 'all' : `${countIn(optional, accepted)} of`}{' '}
            {optional.length} chosen; untick one to keep that value as it was
          </legend>
          <div className="import-choice-buttons">
            <button
              type="button"
              onClick={() => {
                onChange(new Set(optional.map((f) => f.id)));
              }}
            >
              Select all
            </button>
            <button
              type="button"
              onClick={() => {
                onChange(new Set());
              }}
            >
              Select none
            </button>
          </div>
          <ul className="import-list import-choice-list">
            {optional.map((f) => (
              <li key={f.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={accepted.has(f.id)}
                    disabled={inert.has(f.id)}
                    onChange={() => {
                      toggle(f.id);
                    }}
                  />{' '}
                  {f.message} <code>{where(f)}</code>
                  {inert.has(f.id) ? ' (no effect: the tags are not moved in)' : null}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
    </section>
  );
}

function countIn(fixes: readonly ImportFix[], accepted: ReadonlySet<string>): number {
  return fixes.filter((f) => accepted.has(f.id)).length;
}
