// Label, control and every message about it (problems from the rules, local input errors, wrong
// types, why a field is unavailable), wired with aria-describedby / aria-invalid.
import { useId, type ReactNode } from 'react';
import { parsePath, type JsonValue } from '../../domain/index.ts';
import { useProblemsAt, useUnavailableReason, useValueAt, useWrite } from './form-store.ts';

export interface ControlProps {
  readonly id: string;
  readonly 'data-path'?: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: true;
  readonly disabled?: true;
}

interface FieldShellProps {
  readonly path: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** The text typed cannot be written (e.g. "abc" in a number field); the document keeps its value. */
  readonly inputError?: string | undefined;
  /** The document holds a value of the wrong type or outside the choices: shown as it is, flagged. */
  readonly valueNote?: string | undefined;
  readonly className?: string;
  /** For a control that edits no single key (a volume's kind): no `data-path`, problems go elsewhere. */
  readonly noDataPath?: boolean;
  readonly children: (control: ControlProps) => ReactNode;
}

export function FieldShell(props: FieldShellProps): React.JSX.Element {
  const { path, label, hint, inputError, valueNote } = props;
  const id = useId();
  const problems = useProblemsAt(path);
  const reason = useUnavailableReason(path);
  const described: string[] = [];
  const messages: ReactNode[] = [];
  const add = (key: string, text: string, kind: string): void => {
    const mid = `${id}-${key}`;
    described.push(mid);
    messages.push(
      <span key={key} id={mid} className={`tf-msg tf-msg-${kind}`}>
        {text}
      </span>,
    );
  };
  if (reason !== undefined) add('reason', `Unavailable: ${reason}`, 'reason');
  if (inputError !== undefined) add('input', inputError, 'error');
  if (valueNote !== undefined) add('value', valueNote, 'error');
  problems.forEach((p, i) => {
    add(`p${i}`, p.message, p.severity);
  });
  if (hint !== undefined) add('hint', hint, 'hint');
  const invalid =
    inputError !== undefined || valueNote !== undefined || problems.some((p) => p.severity === 'error');
  const control: ControlProps = {
    id,
    ...(props.noDataPath ? {} : { 'data-path': path }),
    ...(described.length > 0 ? { 'aria-describedby': described.join(' ') } : {}),
    ...(invalid ? { 'aria-invalid': true as const } : {}),
    ...(reason !== undefined ? { disabled: true as const } : {}),
  };
  return (
    <div className={`tf-field ${props.className ?? ''}`} data-invalid={invalid || undefined}>
      <label htmlFor={id}>{label}</label>
      {props.children(control)}
      {messages.length > 0 && <div className="tf-msgs">{messages}</div>}
      {reason !== undefined && <ClearUnavailable path={path} label={label} describedBy={`${id}-reason`} />}
    </div>
  );
}

/** A disabled field that still holds a value can be emptied, so the user is never stuck with it. */
function ClearUnavailable(props: {
  path: string;
  label: string;
  describedBy: string;
}): React.JSX.Element | null {
  const segments = parsePath(props.path);
  const value = useValueAt(segments);
  const write = useWrite();
  if (value === undefined) return null;
  return (
    <button
      type="button"
      className="tf-clear"
      aria-describedby={props.describedBy}
      onClick={() => {
        write(segments, undefined);
      }}
    >
      Remove {props.label}
    </button>
  );
}

export function describeValue(value: JsonValue | undefined): string {
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'nothing';
  return `the ${typeof value} ${JSON.stringify(value)}`;
}
