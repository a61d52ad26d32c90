import type { Problem, Severity } from '../../domain/index.ts';

export interface ProblemsListProps {
  /** Already sorted, errors first. */
  readonly problems: readonly Problem[];
  /** Move to the field in the form and the range in the JSON pane. */
  readonly onSelect: (problem: Problem) => void;
  /** Apply this problem's quick fix. */
  readonly onFix: (problem: Problem) => void;
  /**
   * Set while the JSON text does not parse: the problems listed are then the last valid document's,
   * and the syntax error comes first.
   */
  readonly textError?: TextError | undefined;
  /** Move to the syntax error in the JSON pane. */
  readonly onTextError?: (() => void) | undefined;
}

export interface TextError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

const ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export function ProblemsList({
  problems,
  onSelect,
  onFix,
  textError,
  onTextError,
}: ProblemsListProps): React.JSX.Element {
  const errors = problems.filter((p) => p.severity === 'error').length + (textError ? 1 : 0);
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  return (
    <section className="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading" className="pane-title">
        Problems
        <span className="problems-summary">
          {problems.length === 0 && !textError
            ? 'none'
            : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`}
        </span>
      </h2>
      {textError ? (
        <div className="problem problem-error problem-text">
          <button type="button" className="problem-go" onClick={onTextError}>
            <span className="problem-icon" aria-hidden="true">
              {ICON.error}
            </span>
            <span className="visually-hidden">Error: </span>
            <span className="problem-message">
              The JSON text does not parse: {textError.message}
              {problems.length > 0
                ? ' The problems below are those of the last valid document.'
                : ' The last valid document had no problems.'}
            </span>
            <code className="problem-path">
              line {textError.line}, column {textError.column}
            </code>
          </button>
        </div>
      ) : null}
      {problems.length === 0 ? (
        textError ? null : (
          <p className="problems-empty">No problems found. This definition is ready to register.</p>
        )
      ) : (
        <ul className="problems-list">
          {problems.map((p, i) => (
            <li key={`${p.code}:${p.path}:${i}`} className={`problem problem-${p.severity}`}>
              <button
                type="button"
                className="problem-go"
                onClick={() => {
                  onSelect(p);
                }}
              >
                <span className="problem-icon" aria-hidden="true">
                  {ICON[p.severity]}
                </span>
                <span className="visually-hidden">{LABEL[p.severity]}: </span>
                <span className="problem-message">{p.message}</span>
                <code className="problem-path">{p.path === '' ? '(document)' : p.path}</code>
              </button>
              {p.fix ? (
                <button
                  type="button"
                  className="problem-fix"
                  onClick={() => {
                    onFix(p);
                  }}
                >
                  {p.fix.title}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
