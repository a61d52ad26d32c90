import { describe, expect, it } from 'vitest';
import { familyRule } from './family.ts';
import { app, applyFix, codes, ec2, one } from './testing.ts';

describe('family (RULES.md 1)', () => {
  it('accepts a valid family', () => {
    expect(codes(familyRule, ec2([app()]))).toEqual([]);
  });

  it('reports a missing or blank family with F02 and offers the first container name', () => {
    const doc = ec2([app({ name: 'api' })], { family: '' });
    const p = one(familyRule, doc, 'family-missing');
    expect(p.message).toContain('Family can not be blank.');
    expect(applyFix(p, doc).family).toBe('api');
    const noFamily = { ...doc };
    delete noFamily.family;
    expect(codes(familyRule, noFamily)).toEqual(['family-missing']);
  });

  it('reports invalid characters with F01 and offers a cleaned name', () => {
    const doc = ec2([app()], { family: 'my app/v2' });
    const p = one(familyRule, doc, 'family-invalid');
    expect(p.message).toContain('Family contains invalid characters.');
    expect(applyFix(p, doc).family).toBe('my-app-v2');
  });

  it('names a template placeholder as such and offers no fix that would turn it into a literal', () => {
    for (const family of [
      '{{Ref ServiceName}}',
      '{{Fn::Sub ${AWS::StackName}-app}}',
      '<APP_NAME>',
      '${name}',
      '$NAME',
    ]) {
      const p = one(familyRule, ec2([app()], { family }), 'family-invalid');
      expect(p.message).toContain('Family contains invalid characters.');
      expect(p.message).toContain('template placeholder');
      expect(p.fix).toBeUndefined();
    }
  });

  it('reports a family longer than 255 characters', () => {
    const doc = ec2([app()], { family: 'a'.repeat(256) });
    expect(applyFix(one(familyRule, doc, 'family-too-long'), doc).family).toHaveLength(255);
  });

  it('leaves a non-string family to the schema', () => {
    expect(codes(familyRule, ec2([app()], { family: 42 }))).toEqual([]);
  });
});
