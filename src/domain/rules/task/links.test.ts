import { describe, expect, it } from 'vitest';
import { linksRule } from './links.ts';
import { app, applyFix, codes, ec2, fargate, one } from './testing.ts';

describe('links (RULES.md 31-32)', () => {
  it('accepts links between containers in bridge mode', () => {
    const doc = ec2([app({ name: 'web', links: ['db:database'] }), app({ name: 'db' })]);
    expect(codes(linksRule, doc)).toEqual([]);
  });

  it('reports links in awsvpc (F10) and removes them', () => {
    const doc = fargate([app({ name: 'web', links: ['db'] }), app({ name: 'db' })]);
    const p = one(linksRule, doc, 'links-awsvpc');
    expect(p.message).toContain('Links are not supported when networkMode=awsvpc.');
    expect(p.message).toContain('127.0.0.1');
    expect(codes(linksRule, applyFix(p, doc))).toEqual([]);
  });

  it('warns about links in host mode', () => {
    const doc = ec2([app({ name: 'web', links: ['db'] }), app({ name: 'db' })], { networkMode: 'host' });
    expect(codes(linksRule, doc)).toEqual(['links-network-mode']);
  });

  it('reports a cycle (F29) once, and an unknown target', () => {
    const doc = ec2([app({ name: 'a', links: ['b'] }), app({ name: 'b', links: ['a:alias', 'ghost'] })]);
    expect(codes(linksRule, doc).sort()).toEqual(['links-cycle', 'links-unknown-container']);
    expect(one(linksRule, doc, 'links-cycle').message).toContain(
      'Container links should not have a cycle. a → b → a',
    );
  });
});
