import { describe, expect, it } from 'vitest';
import { portNetworkModeRule } from './port-network-mode.ts';
import { app, applyFix, codes, ec2, fargate, one } from './testing.ts';

describe('port-network-mode (RULES.md 35-37)', () => {
  it('accepts matching or omitted host ports in awsvpc', () => {
    const doc = fargate([
      app({ portMappings: [{ containerPort: 80, hostPort: 80 }, { containerPort: 81 }] }),
    ]);
    expect(codes(portNetworkModeRule, doc)).toEqual([]);
  });

  it('reports a mismatched hostPort in awsvpc (F09) and sets it to the container port', () => {
    const doc = fargate([app({ portMappings: [{ containerPort: 8080, hostPort: 80 }] })]);
    const p = one(portNetworkModeRule, doc, 'awsvpc-host-port');
    expect(p.message).toBe(
      'When networkMode=awsvpc, the host ports and container ports in port mappings must match. Set hostPort to 8080 or remove it.',
    );
    expect(p.path).toBe('containerDefinitions[0].portMappings[0].hostPort');
    expect(codes(portNetworkModeRule, applyFix(p, doc))).toEqual([]);
  });

  it('reports the same in host mode', () => {
    const doc = ec2([app({ portMappings: [{ containerPort: 8080, hostPort: 80 }] })], {
      networkMode: 'host',
    });
    expect(codes(portNetworkModeRule, doc)).toEqual(['host-mode-host-port']);
  });

  it('reports port mappings in none mode', () => {
    const doc = ec2([app({ portMappings: [{ containerPort: 80 }] })], { networkMode: 'none' });
    const p = one(portNetworkModeRule, doc, 'none-port-mappings');
    expect(codes(portNetworkModeRule, applyFix(p, doc))).toEqual([]);
  });
});
