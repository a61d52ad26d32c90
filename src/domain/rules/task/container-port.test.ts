import { describe, expect, it } from 'vitest';
import { containerPortRule } from './container-port.ts';
import { app, applyFix, codes, fargate, one } from './testing.ts';

describe('container-port (RULES.md 40, 43)', () => {
  it('accepts valid container ports and ranges', () => {
    const doc = fargate([
      app({ portMappings: [{ containerPort: 80 }, { containerPortRange: '8000-8010' }] }),
    ]);
    expect(codes(containerPortRule, doc)).toEqual([]);
  });

  it('reports a mapping without containerPort (F13) and removes an empty one', () => {
    const doc = fargate([app({ name: 'container_1', portMappings: [{}] })]);
    const p = one(containerPortRule, doc, 'container-port-invalid');
    expect(p.message).toContain("Invalid 'containerPort' setting for container 'container_1'.");
    expect(applyFix(p, doc).containerDefinitions).toEqual([app({ name: 'container_1', portMappings: [] })]);
  });

  it('reports a port out of range, and leaves a string to the schema', () => {
    expect(codes(containerPortRule, fargate([app({ portMappings: [{ containerPort: 70000 }] })]))).toEqual([
      'container-port-invalid',
    ]);
    expect(codes(containerPortRule, fargate([app({ portMappings: [{ containerPort: 'http' }] })]))).toEqual(
      [],
    );
  });

  it('reports port 3150 for Windows on Fargate', () => {
    const doc = fargate([app({ portMappings: [{ containerPort: 3150 }] })], {
      cpu: '1024',
      memory: '2048',
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' },
    });
    expect(codes(containerPortRule, doc)).toEqual(['windows-fargate-port-3150']);
  });
});
