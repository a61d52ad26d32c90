// Follow-ups of property 1: "Fix all" settles in one press (a second run applies nothing), and adding
// a sidecar then removing it gives the document back (as export writes it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../export/index.ts';
import { fixAll } from '../fix-all.ts';
import { isJsonObject, type JsonObject } from '../json.ts';
import { addSidecar, removeSidecar, SIDECAR_KINDS } from '../sidecars/index.ts';
import { taskDefinition } from './arbitraries.test-util.ts';

/** Most generated documents have no named container to wire; give the first one a name. */
const withApp = taskDefinition({ wrong: 0.05, unknown: true }).map((d): JsonObject => {
  const list = Array.isArray(d.containerDefinitions) ? d.containerDefinitions : [];
  const first = isJsonObject(list[0]) ? list[0] : {};
  return { ...d, containerDefinitions: [{ ...first, name: 'app', image: 'nginx' }, ...list.slice(1)] };
});

describe('fixAll and the sidecars on generated documents', () => {
  it('fixAll reaches a fixed point in one run', () => {
    fc.assert(
      fc.property(taskDefinition({ wrong: 0.15, unknown: true }), (d) => {
        const once = fixAll(d);
        expect(fixAll(once.document).applied.map((a) => `${a.code} ${a.path}`)).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });

  it('removeSidecar undoes addSidecar', () => {
    fc.assert(
      fc.property(withApp, fc.constantFrom(...SIDECAR_KINDS), (d, kind) => {
        const added = addSidecar(d, kind);
        if (!added.ok || added.changes.length === 0) return;
        const removed = removeSidecar(added.document, kind);
        expect(removed.ok && exportDocument(removed.document)).toEqual(exportDocument(d));
      }),
      { numRuns: 800 },
    );
  });
});
