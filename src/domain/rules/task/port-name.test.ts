import { describe, expect, it } from 'vitest';
import { portNameRule } from './port-name.ts';
import { app, applyFix, codes, fargate, one } from './testing.ts';

describe('port-mapping-name (RULES.md 44)', () => {
  it('accepts Service Connect names', () => {
    expect(
      codes(portNameRule, fargate([app({ portMappings: [{ containerPort: 80, name: 'web_80-tcp' }] })])),
    ).toEqual([]);
  });

  it('warns about names Service Connect rejects and offers a lowercase one', () => {
    const doc = fargate([app({ portMappings: [{ containerPort: 80, name: 'Web Port' }] })]);
    const p = one(portNameRule, doc, 'port-mapping-name');
    expect(p.severity).toBe('warning');
    expect(codes(portNameRule, applyFix(p, doc))).toEqual([]);
  });

  it('offers no rename for a template placeholder', () => {
    const doc = fargate([app({ portMappings: [{ containerPort: 80, name: '${PORT_NAME}' }] })]);
    const p = one(portNameRule, doc, 'port-mapping-name');
    expect(p.fix).toBeUndefined();
    expect(p.message).toContain('template placeholder');
  });
});
