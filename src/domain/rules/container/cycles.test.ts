import { describe, expect, it } from 'vitest';
import { dependsOnCycleRule, linksRule } from './cycles.ts';
import { at, codes, fixed, only, task } from './testing.ts';

describe('links targets and cycles (RULES.md 32)', () => {
  it('passes links to existing containers, with or without alias', () => {
    expect(codes(linksRule, task([{ name: 'db' }, { name: 'app', links: ['db:database'] }]))).toEqual([]);
  });

  it('reports a link to an unknown container and removes it', () => {
    const doc = task([{ name: 'app', links: ['redis'] }]);
    const p = only(linksRule, doc, 'link-unknown-container');
    expect(at(fixed(p, doc), 'containerDefinitions', 0, 'links')).toEqual([]);
  });

  it('keeps a link while a container of the task is still a template placeholder', () => {
    const doc = {
      family: 'f',
      containerDefinitions: [{ name: 'app', image: 'x', links: ['xray'] }, '${XRAY_CONTAINER}'],
    };
    const p = only(linksRule, doc, 'link-unknown-container');
    expect(p.fix).toBeUndefined();
    expect(p.message).toContain('${XRAY_CONTAINER}');
  });

  it('reports a cycle once with the F29 text', () => {
    const doc = task([
      { name: 'a', links: ['b'] },
      { name: 'b', links: ['c'] },
      { name: 'c', links: ['a:alias'] },
    ]);
    const p = only(linksRule, doc, 'links-cycle');
    expect(p.severity).toBe('error');
    expect(p.message).toContain('Container links should not have a cycle');
    expect(codes(linksRule, fixed(p, doc))).toEqual([]);
  });
});

describe('dependsOn cycles (RULES.md 62)', () => {
  it('passes a chain', () => {
    const doc = task([
      { name: 'a' },
      { name: 'b', dependsOn: [{ containerName: 'a', condition: 'START' }] },
      { name: 'c', dependsOn: [{ containerName: 'b', condition: 'START' }] },
    ]);
    expect(codes(dependsOnCycleRule, doc)).toEqual([]);
  });

  it('warns about a cycle, including a container waiting on itself', () => {
    const doc = task([
      { name: 'a', dependsOn: [{ containerName: 'b', condition: 'START' }] },
      { name: 'b', dependsOn: [{ containerName: 'a', condition: 'START' }] },
      { name: 'c', dependsOn: [{ containerName: 'c', condition: 'START' }] },
    ]);
    const problems = dependsOnCycleRule.check(doc);
    expect(problems.map((p) => p.code)).toEqual(['depends-on-cycle', 'depends-on-cycle']);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });
});
