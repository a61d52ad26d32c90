// Regression (src/domain/properties/fix-all.test.ts): a fix can leave what the import normalizes away.
// Removing the only dependsOn item (on a container that does not exist) left `dependsOn: []`, which
// only a second "Fix all" removed. fixAll now normalizes after its fixes: one press is enough.
import { describe, expect, it } from 'vitest';
import { fixAll } from './fix-all.ts';
import type { JsonObject } from './json.ts';

describe('fixAll settles in one run', () => {
  it('removes the list a fix emptied, and a second run applies nothing', () => {
    const doc: JsonObject = {
      family: 'f',
      containerDefinitions: [
        { name: 'app', image: 'nginx', essential: true, memory: 128, dependsOn: [{ containerName: 'gone' }] },
      ],
    };
    const once = fixAll(doc);
    const container = (once.document.containerDefinitions as JsonObject[])[0] ?? {};
    expect(container).not.toHaveProperty('dependsOn');
    expect(once.applied.map((a) => a.code)).toEqual(['depends-on-unknown-container', 'empty-removed']);
    expect(fixAll(once.document).applied).toEqual([]);
  });
});
