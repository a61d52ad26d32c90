// Accepting the import's fixes one by one: for any pasted document and any choice, applyImportFixes
// answers a document (never throws), accepting all is the import, declining all is the input as it
// was, and a choice changes the document only where the declined fixes act.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyImportFixes, importValue, optionalFixIds } from '../import/index.ts';
import { changedElsewhere } from '../import/fix-choice.test-util.ts';
import { isJsonObject, jsonEqual } from '../json.ts';
import { registerInput } from './arbitraries.test-util.ts';

const docs = fc.oneof(
  registerInput({ wrong: 0.25, unknown: true }),
  registerInput({ wrong: 0.6, unknown: false }),
);

describe('choosing import fixes (property)', () => {
  it('any choice gives a document that differs from the import only where declined fixes act', () => {
    fc.assert(
      fc.property(docs, fc.infiniteStream(fc.boolean()), (doc, coin) => {
        const r = importValue(doc);
        if (!r.ok) return;
        const ids = optionalFixIds(r);
        expect(applyImportFixes(r, new Set(ids))).toBe(r.document);
        const accepted = new Set(ids.filter(() => coin.next().value === true));
        const out = applyImportFixes(r, accepted);
        expect(isJsonObject(out)).toBe(true);
        const declined = r.fixes.filter((f) => f.required === undefined && !accepted.has(f.id));
        if (declined.length === 0) expect(jsonEqual(out, r.document)).toBe(true);
        // A difference must be explained by at least one declined fix.
        const unexplained = declined.reduce<string[] | undefined>((left, f) => {
          const mine = changedElsewhere(f, r.document, out);
          return left === undefined ? mine : left.filter((p) => mine.includes(p));
        }, undefined);
        expect(unexplained ?? []).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('declining every optional fix of a register input gives the input back', () => {
    fc.assert(
      fc.property(docs, (doc) => {
        const r = importValue(doc);
        if (!r.ok || r.fixes.some((f) => f.required !== undefined)) return;
        expect(jsonEqual(applyImportFixes(r, new Set()), doc)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
