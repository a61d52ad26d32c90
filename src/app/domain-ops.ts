// The page's window onto the domain operations it needs, each guarded so a bug in one rule or fix
// degrades to "no fix" rather than a broken page.
import type { JsonObject, Problem } from '../domain/index.ts';
import { check, exportJson, fixAll, jsonEqual, sortProblems } from '../domain/index.ts';

export function checkDocument(doc: JsonObject): Problem[] {
  return sortProblems(check(doc));
}

export function exportText(doc: JsonObject): string {
  return exportJson(doc);
}

export interface FixAllOutcome {
  readonly document: JsonObject;
  /** One line per applied fix, for the confirmation. */
  readonly applied: readonly string[];
}

/** Every mechanical fix: the importer's normalizations, then each problem's fix, until nothing changes. */
export function fixEverything(input: JsonObject): FixAllOutcome {
  const { document, applied } = fixAll(input);
  return { document, applied: applied.map((f) => f.message) };
}

/** The problem's fix applied to the document, or undefined if it has none, changes nothing or throws. */
export function applyFix(doc: JsonObject, problem: Problem): JsonObject | undefined {
  if (!problem.fix) return undefined;
  try {
    const next = problem.fix.apply(doc);
    return jsonEqual(next, doc) ? undefined : next;
  } catch (error) {
    console.warn(`The fix for ${problem.code} at ${problem.path} failed`, error);
    return undefined;
  }
}
