import { describe, expect, it } from 'vitest';
import { portRangeRule } from './port-range.ts';
import { app, applyFix, codes, ec2, fargate, one } from './testing.ts';

const ranges = (...r: string[]) => r.map((containerPortRange) => ({ containerPortRange }));

describe('port-range (RULES.md 41)', () => {
  it('accepts disjoint ranges in awsvpc and bridge', () => {
    expect(
      codes(
        portRangeRule,
        fargate([app({ portMappings: [...ranges('8000-8010', '9000-9001'), { containerPort: 80 }] })]),
      ),
    ).toEqual([]);
    expect(codes(portRangeRule, ec2([app({ portMappings: ranges('8000-8010') })]))).toEqual([]);
  });

  it('reports ranges in host mode, malformed ranges and a host port', () => {
    expect(
      codes(portRangeRule, ec2([app({ portMappings: ranges('8000-8010') })], { networkMode: 'host' })),
    ).toEqual(['port-range-network-mode']);
    expect(codes(portRangeRule, fargate([app({ portMappings: ranges('9000-8000') })]))).toEqual([
      'port-range-format',
    ]);
    const doc = fargate([app({ portMappings: [{ containerPortRange: '8000-8010', hostPort: 8000 }] })]);
    expect(codes(portRangeRule, applyFix(one(portRangeRule, doc, 'port-range-host-port'), doc))).toEqual([]);
  });

  it('reports overlaps with ranges and single ports', () => {
    const doc = fargate([app({ portMappings: [...ranges('8000-8010'), { containerPort: 8005 }] })]);
    expect(codes(portRangeRule, doc)).toEqual(['port-range-overlap']);
  });

  it('reports more than 100 ranges', () => {
    const many = Array.from({ length: 101 }, (_, i) => `${1000 + i * 2}-${1001 + i * 2}`);
    expect(codes(portRangeRule, fargate([app({ portMappings: ranges(...many) })]))).toEqual([
      'port-range-count',
    ]);
  });
});
