// Logging, health check and restart policy of one container.
import { useState } from 'react';
import {
  formatPath,
  getAt,
  own,
  setAt,
  type JsonObject,
  type JsonValue,
  type PathSegment,
} from '../../domain/index.ts';
import { LOG_DRIVERS } from './choices.ts';
import { describeValue, FieldShell } from './field-shell.tsx';
import { useFormContext, useValueAt, useWrite, writeAt } from './form-store.ts';
import { BoolField, LinesField, NumberField } from './inputs.tsx';
import { KeyValueMap } from './kv-map.tsx';
import { ObjectGroup } from './row-list.tsx';

interface Props {
  /** The container's path: ['containerDefinitions', i]. */
  readonly path: readonly PathSegment[];
}

/** The region prefilled for awslogs: a guess the user is told to check (there is no way to know it here). */
export const DEFAULT_AWSLOGS_REGION = 'us-east-1';

/** Options awslogs needs, prefilled from the task and container; existing options are never replaced. */
export function awslogsDefaults(doc: JsonObject, container: readonly PathSegment[]): Record<string, string> {
  const family = own(doc, 'family');
  const name = getAt(doc, [...container, 'name']);
  return {
    'awslogs-group': `/ecs/${typeof family === 'string' && family !== '' ? family : 'task'}`,
    'awslogs-region': DEFAULT_AWSLOGS_REGION,
    'awslogs-stream-prefix': typeof name === 'string' && name !== '' ? name : 'ecs',
    'awslogs-create-group': 'true',
  };
}

export function LogConfiguration({ path }: Props): React.JSX.Element {
  const { store } = useFormContext();
  const lc = [...path, 'logConfiguration'];
  const driver = useValueAt([...lc, 'logDriver']);
  const known = typeof driver === 'string' && LOG_DRIVERS.some((d) => d.value === driver);
  const choose = (next: string): void => {
    const doc = store.get().value;
    let out = writeAt(doc, [...lc, 'logDriver'], next === '' ? undefined : next);
    if (next === 'awslogs') {
      for (const [k, v] of Object.entries(awslogsDefaults(doc, path)))
        if (getAt(out, [...lc, 'options', k]) === undefined)
          out = setAt(out, [...lc, 'options', k], v) as JsonObject;
    }
    if (out !== doc) store.set(out, 'form');
  };
  return (
    <ObjectGroup path={lc} legend="Log configuration">
      <FieldShell
        path={formatPath([...lc, 'logDriver'])}
        label="Log driver"
        hint="Choosing awslogs fills in its options (group /ecs/<family>, region us-east-1: check it)."
        valueNote={
          driver !== undefined && !known ? `${describeValue(driver)} is not a log driver.` : undefined
        }
      >
        {(c) => (
          <select
            {...c}
            value={known ? driver : driver === undefined ? '' : '__foreign__'}
            onChange={(e) => {
              if (e.target.value !== '__foreign__') choose(e.target.value);
            }}
          >
            <option value="">(none)</option>
            {driver !== undefined && !known && <option value="__foreign__">(not valid)</option>}
            {LOG_DRIVERS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <KeyValueMap path={[...lc, 'options']} title="Log options" item="option" />
    </ObjectGroup>
  );
}

export function HealthCheck({ path }: Props): React.JSX.Element {
  const hc = [...path, 'healthCheck'];
  return (
    <ObjectGroup path={hc} legend="Health check">
      <div className="tf-grid">
        <LinesField
          path={[...hc, 'command']}
          label="Health check command"
          hint='One argument per line; the first is CMD or CMD-SHELL (e.g. CMD-SHELL, then "curl -f http://localhost/ || exit 1").'
        />
        <NumberField
          path={[...hc, 'interval']}
          label="Interval (s)"
          min={5}
          max={300}
          hint="5-300, default 30"
        />
        <NumberField path={[...hc, 'timeout']} label="Timeout (s)" min={2} max={60} hint="2-60, default 5" />
        <NumberField path={[...hc, 'retries']} label="Retries" min={1} max={10} hint="1-10, default 3" />
        <NumberField
          path={[...hc, 'startPeriod']}
          label="Start period (s)"
          min={0}
          max={300}
          hint="0-300, default off"
        />
      </div>
    </ObjectGroup>
  );
}

export function RestartPolicy({ path }: Props): React.JSX.Element {
  const rp = [...path, 'restartPolicy'];
  return (
    <ObjectGroup path={rp} legend="Restart policy">
      <BoolField path={[...rp, 'enabled']} label="Restart enabled" unsetLabel="(no restart policy)" />
      <ExitCodes path={[...rp, 'ignoredExitCodes']} />
      <NumberField
        path={[...rp, 'restartAttemptPeriod']}
        label="Restart attempt period (s)"
        min={60}
        max={1800}
        hint="60-1800, default 300"
      />
    </ObjectGroup>
  );
}

const codesText = (v: JsonValue | undefined): string =>
  Array.isArray(v) ? v.map((x) => (typeof x === 'number' ? String(x) : JSON.stringify(x))).join(', ') : '';

/** Integers separated by commas or spaces. */
function ExitCodes({ path }: { path: readonly PathSegment[] }): React.JSX.Element {
  const value = useValueAt(path);
  const write = useWrite();
  const [draft, setDraft] = useState<{ text: string; over: JsonValue | undefined } | null>(null);
  const live = draft !== null && draft.over === value ? draft : null;
  const wrong =
    value !== undefined && !(Array.isArray(value) && value.every((x) => typeof x === 'number'))
      ? `Expected a list of numbers; the JSON holds ${describeValue(value)}.`
      : undefined;
  return (
    <FieldShell
      path={formatPath(path)}
      label="Ignored exit codes"
      hint="Comma-separated, e.g. 0, 143"
      inputError={live ? 'Enter whole numbers separated by commas.' : undefined}
      valueNote={live ? undefined : wrong}
    >
      {(c) => (
        <input
          {...c}
          type="text"
          value={live ? live.text : codesText(value)}
          onChange={(e) => {
            const text = e.target.value;
            const parts = text.split(/[\s,]+/).filter((s) => s !== '');
            if (parts.every((s) => /^-?\d+$/.test(s))) {
              const next = parts.map(Number);
              const same = codesText(next) === text.trim();
              setDraft(same ? null : { text, over: next.length > 0 ? next : undefined });
              write(path, next.length > 0 ? next : undefined);
            } else setDraft({ text, over: value });
          }}
        />
      )}
    </FieldShell>
  );
}
