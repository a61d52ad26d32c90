import { describe, expect, it } from 'vitest';
import { containerCountRule } from './container-count.ts';
import { app, codes, ec2, one } from './testing.ts';

describe('container-count (RULES.md 3)', () => {
  it('accepts 1 to 10 containers', () => {
    expect(codes(containerCountRule, ec2([app()]))).toEqual([]);
    const ten = Array.from({ length: 10 }, (_, i) => app({ name: `c${i}` }));
    expect(codes(containerCountRule, ec2(ten))).toEqual([]);
  });

  it('reports more than 10 containers with F04', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => app({ name: `c${i}` }));
    expect(one(containerCountRule, ec2(eleven), 'container-count').message).toContain('Too many containers.');
  });

  it('reports an empty list, and leaves a missing list to the schema', () => {
    expect(codes(containerCountRule, ec2([]))).toEqual(['container-count']);
    expect(codes(containerCountRule, { family: 'x' })).toEqual([]);
  });
});
