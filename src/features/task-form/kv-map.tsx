// A string map (dockerLabels, log driver options): rows of key and value. Renaming a key keeps the
// order of the others; a key that is empty or taken stays in the box, flagged, until it is valid.
import { useId, useState } from 'react';
import { formatPath, isJsonObject, type JsonObject, type PathSegment } from '../../domain/index.ts';
import { describeValue, FieldShell } from './field-shell.tsx';
import { useUnavailableReason, useValueAt, useWrite } from './form-store.ts';

interface KeyValueMapProps {
  readonly path: readonly PathSegment[];
  readonly title: string;
  /** Singular: "label" -> "Add label". */
  readonly item: string;
}

function renamed(map: JsonObject, from: string, to: string): JsonObject {
  const out: JsonObject = {};
  for (const k of Object.keys(map)) {
    const v = map[k];
    if (v !== undefined)
      Object.defineProperty(out, k === from ? to : k, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

export function KeyValueMap({ path, title, item }: KeyValueMapProps): React.JSX.Element {
  const raw = useValueAt(path);
  const write = useWrite();
  const reason = useUnavailableReason(formatPath(path));
  const map = isJsonObject(raw) ? raw : undefined;
  const keys = map ? Object.keys(map) : [];
  return (
    <fieldset className="tf-list" disabled={reason !== undefined}>
      <legend>{title}</legend>
      {reason !== undefined && <p className="tf-msg tf-msg-reason">Unavailable: {reason}</p>}
      {raw !== undefined && !map && (
        <p className="tf-msg tf-msg-error">Expected key/value pairs; the JSON holds {describeValue(raw)}.</p>
      )}
      {map &&
        keys.map((k, i) => (
          <div key={`${i}`} className="tf-row" role="group" aria-label={`${title} ${i + 1}`}>
            <KeyInput
              index={i}
              name={k}
              taken={keys}
              onRename={(to) => {
                write(path, renamed(map, k, to));
              }}
            />
            <MapValue path={[...path, k]} label={`Value of ${k}`} />
            <button
              type="button"
              className="tf-remove"
              onClick={() => {
                write([...path, k], undefined);
              }}
            >
              Remove {item} {k}
            </button>
          </div>
        ))}
      {(map || raw === undefined) && (
        <button
          type="button"
          data-path={formatPath(path)}
          onClick={() => {
            let n = keys.length + 1;
            while (keys.includes(`${item}-${n}`)) n++;
            write([...path, `${item}-${n}`], '');
          }}
        >
          Add {item}
        </button>
      )}
    </fieldset>
  );
}

function KeyInput(props: {
  index: number;
  name: string;
  taken: readonly string[];
  onRename: (to: string) => void;
}): React.JSX.Element {
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; over: string } | null>(null);
  const live = draft !== null && draft.over === props.name ? draft : null;
  const error = live
    ? live.text === ''
      ? 'A key cannot be empty.'
      : 'This key is already used.'
    : undefined;
  return (
    <div className="tf-field">
      <label htmlFor={id}>Key {props.index + 1}</label>
      <input
        id={id}
        type="text"
        value={live ? live.text : props.name}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={error !== undefined ? `${id}-e` : undefined}
        onChange={(e) => {
          const to = e.target.value;
          if (to === props.name) setDraft(null);
          else if (to === '' || props.taken.includes(to)) setDraft({ text: to, over: props.name });
          else {
            setDraft(null);
            props.onRename(to);
          }
        }}
      />
      {error !== undefined && (
        <span id={`${id}-e`} className="tf-msg tf-msg-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** Map values are strings; an empty one is a real value here (a label may be ""), so it is kept. */
function MapValue({ path, label }: { path: readonly PathSegment[]; label: string }): React.JSX.Element {
  const value = useValueAt(path);
  const write = useWrite();
  const wrong = value !== undefined && typeof value !== 'string';
  return (
    <FieldShell
      path={formatPath(path)}
      label={label}
      valueNote={wrong ? `Expected text; the JSON holds ${describeValue(value)}.` : undefined}
    >
      {(c) => (
        <input
          {...c}
          type="text"
          value={typeof value === 'string' ? value : wrong ? JSON.stringify(value) : ''}
          onChange={(e) => {
            write(path, e.target.value);
          }}
        />
      )}
    </FieldShell>
  );
}
