import { describe, expect, it } from 'vitest';
import { networkModeRule } from './network-mode.ts';
import { app, applyFix, codes, ec2, fargate, one } from './testing.ts';

describe('network-mode (RULES.md 27-29)', () => {
  it('accepts awsvpc on Fargate and bridge on EC2', () => {
    expect(codes(networkModeRule, fargate([app()]))).toEqual([]);
    expect(codes(networkModeRule, ec2([app()], { networkMode: 'bridge' }))).toEqual([]);
  });

  it('reports Fargate without awsvpc (F08), also when networkMode is omitted', () => {
    const doc = fargate([app()], { networkMode: 'bridge' });
    const p = one(networkModeRule, doc, 'fargate-network-mode');
    expect(p.message).toContain('Fargate only supports network mode ‘awsvpc’.');
    expect(applyFix(p, doc).networkMode).toBe('awsvpc');
    const omitted = fargate([app()]);
    delete omitted.networkMode;
    expect(codes(networkModeRule, omitted)).toEqual(['fargate-network-mode']);
  });

  it('leaves an invalid mode to the schema', () => {
    expect(codes(networkModeRule, fargate([app()], { networkMode: 'AWSVPC' }))).toEqual([]);
  });

  it('reports awsvpc with EXTERNAL', () => {
    const doc = ec2([app()], { networkMode: 'awsvpc', requiresCompatibilities: ['EXTERNAL'] });
    expect(codes(networkModeRule, doc)).toEqual(['external-awsvpc']);
  });

  it('warns about bridge on Windows EC2', () => {
    const doc = ec2([app()], {
      networkMode: 'bridge',
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2019_FULL' },
    });
    expect(one(networkModeRule, doc, 'windows-network-mode').severity).toBe('warning');
  });
});
