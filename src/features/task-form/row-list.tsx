// A list of object rows (port mappings, env vars, ...): add, remove, and collapse when long so that a
// 50-variable container does not mount 100 inputs until asked.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { formatPath, getAt, type JsonValue, type PathSegment } from '../../domain/index.ts';
import { registerExpander } from './focus.ts';
import { useDocSelect, useLengthAt, useUnavailableReason, useWrite } from './form-store.ts';
import { describeValue } from './field-shell.tsx';

export const COLLAPSE_OVER = 20;

interface RowListProps {
  readonly path: readonly PathSegment[];
  readonly title: string;
  /** Singular, lower case: "port mapping" -> "Add port mapping", "Remove port mapping 2". */
  readonly item: string;
  readonly newItem: () => JsonValue;
  readonly renderRow: (rowPath: readonly PathSegment[], index: number) => ReactNode;
}

export function RowList({ path, title, item, newItem, renderRow }: RowListProps): React.JSX.Element {
  const length = useLengthAt(path);
  // A primitive snapshot: the list itself changes on every keystroke in a row, this does not.
  const wrongType = useDocSelect((doc) => {
    const v = getAt(doc, path);
    return v === undefined || Array.isArray(v) ? null : describeValue(v);
  });
  const write = useWrite();
  const dataPath = formatPath(path);
  const reason = useUnavailableReason(dataPath);
  const [expanded, setExpanded] = useState(false);
  useEffect(
    () =>
      registerExpander(dataPath, () => {
        setExpanded(true);
      }),
    [dataPath],
  );
  const collapsed = length > COLLAPSE_OVER && !expanded;
  const reasonId = useId();
  const cap = item.charAt(0).toUpperCase() + item.slice(1);
  return (
    <fieldset className="tf-list" data-path={dataPath} disabled={reason !== undefined}>
      <legend>
        {title} {length > 0 && <span className="tf-count">({length})</span>}
      </legend>
      {reason !== undefined && (
        <p id={reasonId} className="tf-msg tf-msg-reason">
          Unavailable: {reason}
        </p>
      )}
      {wrongType !== null ? (
        <p className="tf-msg tf-msg-error">
          Expected a list; the JSON holds {wrongType}. Edit it in the JSON.
        </p>
      ) : collapsed ? (
        <button
          type="button"
          onClick={() => {
            setExpanded(true);
          }}
        >
          Show all {length} {title.toLowerCase()}
        </button>
      ) : (
        Array.from({ length }, (_, i) => (
          <div key={i} className="tf-row" role="group" aria-label={`${cap} ${i + 1}`}>
            {renderRow([...path, i], i)}
            <button
              type="button"
              className="tf-remove"
              onClick={() => {
                write([...path, i], undefined);
              }}
            >
              Remove {item} {i + 1}
            </button>
          </div>
        ))
      )}
      {wrongType === null && (
        <button
          type="button"
          {...(reason !== undefined ? { 'aria-describedby': reasonId } : {})}
          onClick={() => {
            write([...path, length], newItem());
            setExpanded(true);
          }}
        >
          Add {item}
        </button>
      )}
    </fieldset>
  );
}
