// The field kinds: every one reads its own slice of the document and writes only its own path.
import { useState } from 'react';
import type { z } from 'zod';
import { formatPath, type JsonValue, type PathSegment } from '../../domain/index.ts';
import { describeValue, FieldShell } from './field-shell.tsx';
import { useValueAt, useWrite } from './form-store.ts';

interface BaseProps {
  readonly path: readonly PathSegment[];
  readonly label: string;
  readonly hint?: string;
}

function display(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

interface TextFieldProps extends BaseProps {
  /** Required strings keep their key when cleared (ECS rejects the document either way; the key keeps its place). */
  readonly required?: boolean;
  readonly schema?: z.ZodType;
  readonly placeholder?: string;
}

export function TextField({
  path,
  label,
  hint,
  required,
  schema,
  placeholder,
}: TextFieldProps): React.JSX.Element {
  const value = useValueAt(path);
  const write = useWrite();
  const wrongType = value !== undefined && typeof value !== 'string';
  let note = wrongType ? `Expected text; the JSON holds ${describeValue(value)}.` : undefined;
  if (!wrongType && value !== undefined && schema) {
    const r = schema.safeParse(value);
    if (!r.success) note = r.error.issues[0]?.message;
  }
  return (
    <FieldShell path={formatPath(path)} label={label} hint={hint} valueNote={note}>
      {(c) => (
        <input
          {...c}
          type="text"
          value={display(value)}
          placeholder={placeholder}
          aria-required={required || undefined}
          onChange={(e) => {
            const v = e.target.value;
            write(path, v === '' && !required ? undefined : v);
          }}
        />
      )}
    </FieldShell>
  );
}

interface NumberFieldProps extends BaseProps {
  readonly min?: number;
  readonly max?: number;
}

/** Integers. Typed text that is not one stays in the box, flagged, and the document is not touched. */
export function NumberField({ path, label, hint, min, max }: NumberFieldProps): React.JSX.Element {
  const value = useValueAt(path);
  const write = useWrite();
  const [draft, setDraft] = useState<{ text: string; over: JsonValue | undefined } | null>(null);
  const live = draft !== null && draft.over === value ? draft : null;
  const wrongType = value !== undefined && typeof value !== 'number';
  let note = wrongType ? `Expected a number; the JSON holds ${describeValue(value)}.` : undefined;
  if (typeof value === 'number' && ((min !== undefined && value < min) || (max !== undefined && value > max)))
    note = `Must be between ${min ?? '-∞'} and ${max ?? '∞'}.`;
  return (
    <FieldShell
      path={formatPath(path)}
      label={label}
      hint={hint}
      inputError={live ? 'Enter a whole number; the JSON keeps its previous value.' : undefined}
      valueNote={live ? undefined : note}
    >
      {(c) => (
        <input
          {...c}
          type="text"
          inputMode="numeric"
          value={live ? live.text : display(value)}
          onChange={(e) => {
            const t = e.target.value.trim();
            if (t === '') {
              setDraft(null);
              write(path, undefined);
            } else if (/^-?\d+$/.test(t) && Number.isSafeInteger(Number(t))) {
              setDraft(null);
              write(path, Number(t));
            } else setDraft({ text: e.target.value, over: value });
          }}
        />
      )}
    </FieldShell>
  );
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps extends BaseProps {
  readonly options: readonly Choice[];
  /** Label of the empty choice, which removes the key ("(default)"). Omit for a required choice. */
  readonly unsetLabel?: string;
}

export function SelectField({ path, label, hint, options, unsetLabel }: SelectFieldProps): React.JSX.Element {
  const value = useValueAt(path);
  const write = useWrite();
  const known = typeof value === 'string' && options.some((o) => o.value === value);
  const foreign = value !== undefined && !known;
  const current = value === undefined ? '' : known ? value : '__foreign__';
  return (
    <FieldShell
      path={formatPath(path)}
      label={label}
      hint={hint}
      valueNote={foreign ? `${display(value)} is not one of the choices.` : undefined}
    >
      {(c) => (
        <select
          {...c}
          value={current}
          onChange={(e) => {
            const v = e.target.value;
            if (v === '__foreign__') return;
            write(path, v === '' ? undefined : v);
          }}
        >
          {(unsetLabel !== undefined || value === undefined) && (
            <option value="" disabled={unsetLabel === undefined}>
              {unsetLabel ?? '(choose)'}
            </option>
          )}
          {foreign && <option value="__foreign__">{`${display(value)} (not valid)`}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

interface BoolFieldProps extends BaseProps {
  /** e.g. "(default: true)"; omit for a required boolean. */
  readonly unsetLabel?: string;
}

/** A yes/no/unset choice: a checkbox cannot tell "omitted" (the ECS default) from an explicit false. */
export function BoolField({ path, label, hint, unsetLabel }: BoolFieldProps): React.JSX.Element {
  const value = useValueAt(path);
  const write = useWrite();
  const foreign = value !== undefined && typeof value !== 'boolean';
  return (
    <FieldShell
      path={formatPath(path)}
      label={label}
      hint={hint}
      valueNote={foreign ? `Expected true or false; the JSON holds ${describeValue(value)}.` : undefined}
    >
      {(c) => (
        <select
          {...c}
          value={typeof value === 'boolean' ? String(value) : foreign ? '__foreign__' : ''}
          onChange={(e) => {
            const v = e.target.value;
            if (v !== '__foreign__') write(path, v === '' ? undefined : v === 'true');
          }}
        >
          {(unsetLabel !== undefined || value === undefined) && (
            <option value="" disabled={unsetLabel === undefined}>
              {unsetLabel ?? '(choose)'}
            </option>
          )}
          {foreign && <option value="__foreign__">{`${display(value)} (not valid)`}</option>}
          <option value="true">true</option>
          <option value="false">false</option>
        </select>
      )}
    </FieldShell>
  );
}

/** A list of strings edited as one argument per line (Docker's exec form; no shell splitting). */
export function LinesField({ path, label, hint }: BaseProps): React.JSX.Element {
  const value = useValueAt(path);
  const write = useWrite();
  const lines = Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  const multiline = lines?.some((l) => l.includes('\n')) ?? false;
  const editable = value === undefined || (lines !== undefined && !multiline);
  const note = editable
    ? undefined
    : multiline
      ? 'An argument contains a line break; edit it in the JSON.'
      : `Expected a list of strings; the JSON holds ${describeValue(value)}. Edit it in the JSON.`;
  return (
    <FieldShell
      path={formatPath(path)}
      label={label}
      hint={hint ?? 'One argument per line.'}
      valueNote={note}
    >
      {(c) => (
        <textarea
          {...c}
          rows={Math.min(6, Math.max(2, (lines?.length ?? 0) + 1))}
          readOnly={!editable}
          value={lines ? lines.join('\n') : display(value)}
          onChange={(e) => {
            if (!editable) return;
            const t = e.target.value;
            write(path, t === '' ? undefined : t.split('\n'));
          }}
        />
      )}
    </FieldShell>
  );
}
