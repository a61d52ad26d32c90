import { describe, expect, it } from 'vitest';
import { duplicateHostPortRule } from './duplicate-host-port.ts';
import { app, applyFix, codes, ec2, one } from './testing.ts';

describe('duplicate-host-port (RULES.md 38)', () => {
  it('accepts dynamic ports and one protocol each', () => {
    const doc = ec2([
      app({
        portMappings: [
          { containerPort: 80, hostPort: 0 },
          { containerPort: 53, hostPort: 53, protocol: 'udp' },
        ],
      }),
      app({ name: 'b', portMappings: [{ containerPort: 80 }, { containerPort: 53, hostPort: 53 }] }),
    ]);
    expect(codes(duplicateHostPortRule, doc)).toEqual([]);
  });

  it('reports a fixed host port mapped twice (F12) and offers a dynamic port', () => {
    const doc = ec2([
      app({ portMappings: [{ containerPort: 3000, hostPort: 3000 }] }),
      app({ name: 'b', portMappings: [{ containerPort: 3001, hostPort: 3000 }] }),
    ]);
    const p = one(duplicateHostPortRule, doc, 'duplicate-host-port');
    expect(p.message).toContain("TCP host port '3000' is mapped multiple times in task.");
    expect(p.path).toBe('containerDefinitions[1].portMappings[0].hostPort');
    expect(codes(duplicateHostPortRule, applyFix(p, doc))).toEqual([]);
  });

  it('counts the container port as the host port in host mode', () => {
    const doc = ec2(
      [
        app({ portMappings: [{ containerPort: 80 }] }),
        app({ name: 'b', portMappings: [{ containerPort: 80 }] }),
      ],
      {
        networkMode: 'host',
      },
    );
    expect(codes(duplicateHostPortRule, doc)).toEqual(['duplicate-host-port']);
  });
});
