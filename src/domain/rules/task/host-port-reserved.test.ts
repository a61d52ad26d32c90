import { describe, expect, it } from 'vitest';
import { hostPortReservedRule } from './host-port-reserved.ts';
import { app, codes, ec2, fargate } from './testing.ts';

describe('host-port-reserved (RULES.md 42)', () => {
  it('accepts ordinary fixed ports, and any port in awsvpc', () => {
    expect(
      codes(hostPortReservedRule, ec2([app({ portMappings: [{ containerPort: 80, hostPort: 8080 }] })])),
    ).toEqual([]);
    expect(codes(hostPortReservedRule, fargate([app({ portMappings: [{ containerPort: 22 }] })]))).toEqual(
      [],
    );
  });

  it('warns about reserved and ephemeral host ports', () => {
    expect(
      codes(hostPortReservedRule, ec2([app({ portMappings: [{ containerPort: 80, hostPort: 51678 }] })])),
    ).toEqual(['host-port-reserved']);
    expect(
      codes(
        hostPortReservedRule,
        ec2([app({ portMappings: [{ containerPort: 50000 }] })], { networkMode: 'host' }),
      ),
    ).toEqual(['host-port-ephemeral']);
  });
});
