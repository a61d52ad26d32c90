// "Fix all": every mechanical repair, the import's normalizations and each problem's own fix, applied
// until the document stops changing. Shared by the editor's button and `taskdef fix`.
import { check } from './check.ts';
import { READ_ONLY_MEMBERS, type AppliedFix } from './import/index.ts';
import { normalizeWith } from './import/normalize.ts';
import { isJsonObject, jsonEqual, own, type JsonObject } from './json.ts';
import type { Problem } from './problem.ts';

export interface FixAllResult {
  readonly document: JsonObject;
  readonly applied: AppliedFix[];
  /** What is left after fixing, sorted, errors first. */
  readonly problems: Problem[];
}

/** Fixes can reveal other fixable problems (a new network mode makes host ports checkable): a few rounds. */
const MAX_ROUNDS = 8;

/**
 * describe-task-definition output (read-only members, or its {"taskDefinition": ...} wrapper, also in a
 * recorded response's "data"): the import then also drops the defaults describe adds (container cpu 0),
 * and so does Fix all, so that the editor and `taskdef fix` give the same document.
 */
function looksDescribed(doc: JsonObject): boolean {
  if (READ_ONLY_MEMBERS.some((k) => Object.prototype.hasOwnProperty.call(doc, k))) return true;
  const data = own(doc, 'data');
  const wrapped =
    own(doc, 'taskDefinition') ?? (isJsonObject(data) ? own(data, 'taskDefinition') : undefined);
  return own(doc, 'containerDefinitions') === undefined && isJsonObject(wrapped);
}

export function fixAll(input: JsonObject): FixAllResult {
  const options = { describe: looksDescribed(input) };
  const normalizeDocument = (doc: JsonObject) => normalizeWith(doc, options);
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
