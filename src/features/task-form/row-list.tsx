// A list of object rows (port mappings, env vars, ...): add, remove, and collapse when long so that a
// 50-variable container does not mount 100 inputs until asked.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { formatPath, getAt, type JsonValue, type PathSegment, type Problem } from '../../domain/index.ts';
import { registerExpander } from './focus.ts';
import {
  useDocSelect,
  useFormContext,
  useLengthAt,
  useProblemSummary,
  useProblemsAt,
  useUnavailableReason,
  useWrite,
} from './form-store.ts';
import { describeValue } from './field-shell.tsx';

export const COLLAPSE_OVER = 20;

interface RowListProps {
  readonly path: readonly PathSegment[];
  readonly title: string;
  /** Singular, lower case: "port mapping" -> "Add port mapping", "Remove port mapping 2". */
  readonly item: string;
  /** The item to append, given the current list (to pick a unique name, say). */
  readonly newItem: (list: readonly JsonValue[]) => JsonValue;
  readonly renderRow: (rowPath: readonly PathSegment[], index: number) => ReactNode;
  /** Start expanded however long the list is (read when the list mounts). */
  readonly expanded?: boolean | undefined;
}

export function RowList({
  path,
  title,
  item,
  newItem,
  renderRow,
  expanded: startExpanded,
}: RowListProps): React.JSX.Element {
  const length = useLengthAt(path);
  // A primitive snapshot: the list itself changes on every keystroke in a row, this does not.
  const wrongType = useDocSelect((doc) => {
    const v = getAt(doc, path);
    return v === undefined || Array.isArray(v) ? null : describeValue(v);
  });
  const write = useWrite();
  const { store } = useFormContext();
  const dataPath = formatPath(path);
  const reason = useUnavailableReason(dataPath);
  const [expanded, setExpanded] = useState(startExpanded === true);
  useEffect(
    () =>
      registerExpander(dataPath, () => {
        setExpanded(true);
      }),
    [dataPath],
  );
  const collapsed = length > COLLAPSE_OVER && !expanded;
  const reasonId = useId();
  const problemsId = useId();
  const problems = useProblemsAt(dataPath);
  const cap = item.charAt(0).toUpperCase() + item.slice(1);
  const unavailable = reason !== undefined;
  return (
    <fieldset className="tf-list" aria-describedby={problems.length > 0 ? problemsId : undefined}>
      <legend>
        {title} {length > 0 && <span className="tf-count">({length})</span>}
      </legend>
      {unavailable && (
        <p id={reasonId} className="tf-msg tf-msg-reason">
          Unavailable: {reason}
        </p>
      )}
      <Messages id={problemsId} problems={problems} />
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
          <ProblemBadge prefixes={[dataPath]} />
        </button>
      ) : (
        Array.from({ length }, (_, i) => (
          <Row key={i} path={[...path, i]} label={`${cap} ${i + 1}`}>
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
          </Row>
        ))
      )}
      {wrongType === null && (
        <div className="tf-list-actions">
          <button
            type="button"
            data-path={dataPath}
            disabled={unavailable}
            {...(unavailable ? { 'aria-describedby': reasonId } : {})}
            onClick={() => {
              const current = getAt(store.get().value, path);
              write([...path, length], newItem(Array.isArray(current) ? current : []));
              setExpanded(true);
            }}
          >
            Add {item}
          </button>
          {unavailable && length > 0 && (
            <button
              type="button"
              onClick={() => {
                write(path, undefined);
              }}
            >
              Remove all {title.toLowerCase()}
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}

/** One row: a group that problems about the whole item (`portMappings[1]`) point at. */
function Row(props: { path: readonly PathSegment[]; label: string; children: ReactNode }): React.JSX.Element {
  const dataPath = formatPath(props.path);
  const problems = useProblemsAt(dataPath);
  const id = useId();
  const invalid = problems.some((p) => p.severity === 'error');
  return (
    <div
      className="tf-row"
      role="group"
      aria-label={props.label}
      data-path={dataPath}
      tabIndex={-1}
      data-invalid={invalid || undefined}
      aria-describedby={problems.length > 0 ? id : undefined}
    >
      {props.children}
      <Messages id={id} problems={problems} />
    </div>
  );
}

export function Messages(props: { id: string; problems: readonly Problem[] }): React.JSX.Element | null {
  if (props.problems.length === 0) return null;
  return (
    <div id={props.id} className="tf-msgs tf-row-msgs">
      {props.problems.map((p, i) => (
        <span key={i} className={`tf-msg tf-msg-${p.severity}`}>
          {p.message}
        </span>
      ))}
    </div>
  );
}

/** A count of the problems under some paths, shown where they are hidden (a closed group). */
export function ProblemBadge({ prefixes }: { prefixes: readonly string[] }): React.JSX.Element | null {
  const summary = useProblemSummary(prefixes);
  if (summary === '') return null;
  return <span className="tf-badge">{` (${summary})`}</span>;
}

/** A sub-object (health check, restart policy): a group that problems about the whole object point at. */
export function ObjectGroup(props: {
  path: readonly PathSegment[];
  legend: string;
  children: ReactNode;
}): React.JSX.Element {
  const dataPath = formatPath(props.path);
  const problems = useProblemsAt(dataPath);
  const reason = useUnavailableReason(dataPath);
  const id = useId();
  return (
    <fieldset
      className="tf-list"
      data-path={dataPath}
      tabIndex={-1}
      aria-describedby={problems.length > 0 || reason !== undefined ? id : undefined}
    >
      <legend>{props.legend}</legend>
      <div id={id}>
        {reason !== undefined && <p className="tf-msg tf-msg-reason">Unavailable: {reason}</p>}
        <Messages id={`${id}-p`} problems={problems} />
      </div>
      {props.children}
    </fieldset>
  );
}
