import { describe, expect, it } from 'vitest';
import { linksNetworkModeRule } from './links.ts';
import { app, applyFix, codes, ec2, fargate, one } from './testing.ts';

const windows = { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } };

describe('links-network-mode (RULES.md 31)', () => {
  it('accepts links in bridge mode', () => {
    const doc = ec2([app({ name: 'web', links: ['db:database'] }), app({ name: 'db' })]);
    expect(codes(linksNetworkModeRule, doc)).toEqual([]);
  });

  it('reports links in awsvpc (F10), also on Windows, and removes them', () => {
    const doc = fargate([app({ name: 'web', links: ['db'] }), app({ name: 'db' })]);
    const p = one(linksNetworkModeRule, doc, 'links-awsvpc');
    expect(p.message).toContain('Links are not supported when networkMode=awsvpc.');
    expect(p.message).toContain('127.0.0.1');
    expect(codes(linksNetworkModeRule, applyFix(p, doc))).toEqual([]);
    expect(codes(linksNetworkModeRule, { ...doc, ...windows, cpu: '1024', memory: '2048' })).toEqual([
      'links-awsvpc',
    ]);
  });

  it('warns about links in host mode', () => {
    const doc = ec2([app({ name: 'web', links: ['db'] }), app({ name: 'db' })], { networkMode: 'host' });
    expect(one(linksNetworkModeRule, doc, 'links-network-mode').severity).toBe('warning');
  });
});
