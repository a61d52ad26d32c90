import { describe, expect, it } from 'vitest';
import { duplicateContainerPortRule } from './duplicate-container-port.ts';
import { app, applyFix, codes, fargate, one } from './testing.ts';

describe('duplicate-container-port (RULES.md 39)', () => {
  it('accepts distinct container ports, and the same port in two containers', () => {
    const doc = fargate([
      app({ portMappings: [{ containerPort: 80 }, { containerPort: 443 }] }),
      app({ name: 'b', portMappings: [{ containerPort: 80 }] }),
    ]);
    expect(codes(duplicateContainerPortRule, doc)).toEqual([]);
  });

  it('reports one port for tcp and udp without a fix', () => {
    const doc = fargate([
      app({
        name: 'dns',
        portMappings: [
          { containerPort: 53, protocol: 'tcp' },
          { containerPort: 53, protocol: 'udp' },
        ],
      }),
    ]);
    const p = one(duplicateContainerPortRule, doc, 'duplicate-container-port');
    expect(p.message).toContain('Container port 53 is used in more than one port mapping for container dns.');
    expect(p.fix).toBeUndefined();
  });

  it('removes an identical duplicate mapping', () => {
    const doc = fargate([app({ portMappings: [{ containerPort: 80 }, { containerPort: 80 }] })]);
    const p = one(duplicateContainerPortRule, doc, 'duplicate-container-port');
    expect(codes(duplicateContainerPortRule, applyFix(p, doc))).toEqual([]);
  });
});
