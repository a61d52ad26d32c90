import { describe, expect, it } from 'vitest';
import { launchCompatibilityRule } from './launch-compatibility.ts';
import { app, applyFix, codes, ec2, fargate, one } from './testing.ts';

describe('compatibility-fargate-missing (RULES.md 9)', () => {
  it('is silent when requiresCompatibilities is set, or the document is plainly EC2', () => {
    expect(codes(launchCompatibilityRule, fargate([app()]))).toEqual([]);
    expect(codes(launchCompatibilityRule, ec2([app()]))).toEqual([]);
  });

  it('hints FARGATE for an awsvpc document with task cpu and memory', () => {
    const doc = ec2([app()], { networkMode: 'awsvpc', cpu: '256', memory: '512' });
    const p = one(launchCompatibilityRule, doc, 'compatibility-fargate-missing');
    expect(p.severity).toBe('info');
    expect(applyFix(p, doc).requiresCompatibilities).toEqual(['FARGATE']);
  });
});
