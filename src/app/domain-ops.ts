// The page's window onto the domain operations it needs. Until the rules, import and export modules
// land in src/domain/index.ts, these are honest stand-ins with the same signatures.
import type { JsonObject, Problem } from '../domain/index.ts';
import { jsonEqual, sortProblems } from '../domain/index.ts';

export function checkDocument(doc: JsonObject): Problem[] {
  return sortProblems(doc.family === undefined ? [] : []);
}

export function exportDocument(doc: JsonObject): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export interface FixAllOutcome {
  readonly document: JsonObject;
  readonly count: number;
}

/** Every mechanical fix, repeated until nothing changes (bounded). */
export function fixEverything(doc: JsonObject): FixAllOutcome {
  let current = doc;
  let count = 0;
  for (let round = 0; round < 8; round++) {
    let changed = false;
    for (const p of checkDocument(current)) {
      if (!p.fix) continue;
      const next = p.fix.apply(current);
      if (jsonEqual(next, current)) continue;
      current = next;
      count++;
      changed = true;
    }
    if (!changed) break;
  }
  return { document: current, count };
}
