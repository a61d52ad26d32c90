import { describe, expect, it } from 'vitest';
import { awsvpcHostnameRule } from './awsvpc-hostname.ts';
import { app, applyFix, codes, ec2, fargate, one } from './testing.ts';

describe('awsvpc-hostname (RULES.md 33-34)', () => {
  it('accepts hostname and extraHosts in bridge mode', () => {
    const doc = ec2([app({ hostname: 'web', extraHosts: [{ hostname: 'db', ipAddress: '10.0.0.2' }] })]);
    expect(codes(awsvpcHostnameRule, doc)).toEqual([]);
  });

  it('reports hostname in awsvpc (F11) and removes it', () => {
    const doc = fargate([app({ hostname: 'web' })]);
    const p = one(awsvpcHostnameRule, doc, 'hostname-awsvpc');
    expect(p.message).toContain('hostname is not supported on container when networkMode=awsvpc.');
    expect(codes(awsvpcHostnameRule, applyFix(p, doc))).toEqual([]);
  });

  it('reports extraHosts in awsvpc', () => {
    const doc = fargate([app({ extraHosts: [{ hostname: 'db', ipAddress: '10.0.0.2' }] })]);
    expect(codes(awsvpcHostnameRule, doc)).toEqual(['extra-hosts-awsvpc']);
  });
});
