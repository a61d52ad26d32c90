import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../domain/index.ts';
import { encodeJson } from '../../lib/share-codec/index.ts';
import { makeShareLink, readShareLink } from './share-link.ts';

const doc: JsonObject = {
  family: 'web',
  containerDefinitions: [{ name: 'app', image: 'nginx', environment: [{ name: 'SECRET', value: 's3cr3t' }] }],
};

describe('share links', () => {
  it('carry the redacted document in the fragment and read back', async () => {
    const link = await makeShareLink(
      doc,
      { environmentValues: true, accountIds: false },
      'https://e.test/?a=1#x',
    );
    expect(link.url).toMatch(/^https:\/\/e\.test\/\?a=1#doc=1[A-Za-z0-9_-]+$/);
    expect(link.url).not.toContain('s3cr3t');
    expect(link.environmentValues).toBe(1);
    const back = await readShareLink(new URL(link.url).hash);
    expect(back).toEqual({
      kind: 'document',
      document: {
        family: 'web',
        containerDefinitions: [
          { name: 'app', image: 'nginx', environment: [{ name: 'SECRET', value: '<redacted>' }] },
        ],
      },
    });
  });

  it('keep the values when redaction is off', async () => {
    const link = await makeShareLink(doc, { environmentValues: false, accountIds: false }, 'https://e.test/');
    expect(await readShareLink(new URL(link.url).hash)).toEqual({ kind: 'document', document: doc });
  });

  it('ignore other fragments and explain broken or foreign ones', async () => {
    expect(await readShareLink('')).toEqual({ kind: 'none' });
    expect(await readShareLink('#section-2')).toEqual({ kind: 'none' });
    const broken = await readShareLink('#doc=1eJyrVkrLzEkt');
    expect(broken.kind).toBe('error');
    const array = await readShareLink(`#doc=${await encodeJson([1, 2])}`);
    expect(array).toEqual({
      kind: 'error',
      message: 'The link does not carry a task definition (its data is not a JSON object).',
    });
  });
});
