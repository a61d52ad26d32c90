import type { JsonObject } from './json.ts';

export type Severity = 'error' | 'warning' | 'info';

/** A mechanical repair the UI offers as a one-click quick fix. Pure: returns a new document. */
export interface Fix {
  /** Imperative, short: "Set hostPort to 8080", "Remove links and use 127.0.0.1". */
  readonly title: string;
  readonly apply: (doc: JsonObject) => JsonObject;
}

/**
 * One type for every finding, in the form, the JSON pane, the problems list and the CLI.
 * `path` uses the AWS CLI's spelling: `containerDefinitions[0].portMappings[1].hostPort` ('' = the document).
 * `code` is stable and documented in docs/rules.md; `message` says what ECS would answer and what to do.
 */
export interface Problem {
  readonly path: string;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly fix?: Fix;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by path in document order, then by code: a stable order for every view. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] || comparePaths(a.path, b.path) || a.code.localeCompare(b.code),
  );
}

function comparePaths(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
