// From a pasted error message to rows the dialog shows: each match, and the problem whose fix repairs
// it (check() reports that code at that path with a fix), if there is one.
import {
  check,
  jsonEqual,
  lookupError,
  type ErrorMatch,
  type JsonObject,
  type Problem,
} from '../../domain/index.ts';

export interface ErrorRow {
  readonly match: ErrorMatch;
  /** The problem carrying the fix, when check() has one for this code and path. */
  readonly fixable: Problem | undefined;
}

export function errorRows(message: string, doc: JsonObject): ErrorRow[] {
  const matches = lookupError(message, doc);
  if (matches.length === 0) return [];
  const problems = check(doc);
  return matches.map((match) => ({
    match,
    fixable: match.fixAvailable
      ? problems.find((p) => p.code === match.code && p.path === match.path && p.fix !== undefined)
      : undefined,
  }));
}

/** The fix applied, or undefined when it throws or changes nothing. */
export function applyRowFix(doc: JsonObject, problem: Problem): JsonObject | undefined {
  if (!problem.fix) return undefined;
  try {
    const next = problem.fix.apply(doc);
    return jsonEqual(next, doc) ? undefined : next;
  } catch {
    return undefined;
  }
}
