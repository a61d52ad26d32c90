import { describe, expect, it } from 'vitest';
import { botocoreValidate } from './botocore-oracle.ts';

describe('botocore oracle', () => {
  it('accepts a valid document and rejects wrong types and unknown keys as the AWS CLI does', () => {
    const [good, badType, unknown] = botocoreValidate([
      { family: 'web', containerDefinitions: [{ name: 'web', image: 'nginx', memory: 512 }] },
      { family: 'web', containerDefinitions: [{ name: 'web', image: 'nginx', memory: '512' }] },
      { family: 'web', containerDefinitions: [{ name: 'web', image: 'nginx' }], revision: 3 },
    ]);
    expect(good).toEqual({ ok: true });
    expect(badType?.ok).toBe(false);
    expect(badType?.report).toContain('Invalid type for parameter containerDefinitions[0].memory');
    expect(unknown?.report).toContain('Unknown parameter in input: "revision"');
  });
});
