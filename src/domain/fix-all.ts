// "Fix all": every mechanical repair, the import's normalizations and each problem's own fix, applied
// until the document stops changing. Shared by the editor's button and `taskdef fix`.
import { check } from './check.ts';
import { normalizeDocument, type AppliedFix } from './import/index.ts';
import { jsonEqual, type JsonObject } from './json.ts';
import type { Problem } from './problem.ts';

export interface FixAllResult {
  readonly document: JsonObject;
  readonly applied: AppliedFix[];
  /** What is left after fixing, sorted, errors first. */
  readonly problems: Problem[];
}

/** Fixes can reveal other fixable problems (a new network mode makes host ports checkable): a few rounds. */
const MAX_ROUNDS = 8;

export function fixAll(input: JsonObject): FixAllResult {
  const normalized = normalizeDocument(input);
  const unchanged = jsonEqual(normalized.document, input);
  // A clean document comes back as the same object, so views can skip work by reference.
  let doc = unchanged ? input : normalized.document;
  const applied: AppliedFix[] = unchanged ? [] : [...normalized.fixes];
  let problems = check(doc);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (const p of problems) {
      if (!p.fix) continue;
      let next: JsonObject;
      try {
        next = p.fix.apply(doc);
      } catch {
        continue; // a fix written for an earlier shape of the document; the next round re-checks
      }
      if (jsonEqual(next, doc)) continue;
      doc = next;
      changed = true;
      applied.push({ code: p.code, path: p.path, message: p.fix.title });
    }
    if (!changed) break;
    // A fix can leave what the import normalizes away (removing the last dependsOn item leaves
    // `dependsOn: []`): normalize again, so that a second "Fix all" has nothing left to do.
    const renormalized = normalizeDocument(doc);
    if (!jsonEqual(renormalized.document, doc)) {
      doc = renormalized.document;
      applied.push(...renormalized.fixes);
    }
    problems = check(doc);
  }
  return { document: doc, applied, problems };
}
