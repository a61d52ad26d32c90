import { describe, expect, it } from 'vitest';
import { check } from './check.ts';
import { fixAll } from './fix-all.ts';
import type { JsonObject } from './json.ts';

describe('fixAll', () => {
  it('applies the import normalizations and every problem fix, round after round', () => {
    const doc: JsonObject = {
      family: 'web',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'bridge',
      cpu: '1024',
      memory: '1024',
      revision: 3,
      status: 'ACTIVE',
      containerDefinitions: [
        {
          name: 'web',
          image: 'nginx',
          environment: [{ name: 'PORT', value: 8080 }],
          portMappings: [{ containerPort: 80, hostPort: 8080 }],
          systemControls: null,
        },
      ],
    };
    const out = fixAll(doc);
    expect(out.document.networkMode).toBe('awsvpc');
    expect(out.document.revision).toBeUndefined();
    expect(out.document.status).toBeUndefined();
    const container = (out.document.containerDefinitions as JsonObject[])[0];
    expect(container?.portMappings).toEqual([{ containerPort: 80, hostPort: 80 }]);
    expect(container?.environment).toEqual([{ name: 'PORT', value: '8080' }]);
    expect(container && 'systemControls' in container).toBe(false);
    expect(out.applied.length).toBeGreaterThanOrEqual(5);
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(check(out.document).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('returns a clean document as the same object with nothing applied', () => {
    const doc: JsonObject = {
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx', memory: 256 }],
    };
    const out = fixAll(doc);
    expect(out.document).toBe(doc);
    expect(out.applied).toEqual([]);
  });

  it("drops describe's container cpu 0 as the import does, only for describe output", () => {
    const container = { name: 'web', image: 'nginx', memory: 256, cpu: 0 };
    const described: JsonObject = {
      taskDefinition: { family: 'web', revision: 2, containerDefinitions: [container] },
    };
    expect(fixAll(described).document).toEqual({
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx', memory: 256 }],
    });
    const flat: JsonObject = { family: 'web', status: 'ACTIVE', containerDefinitions: [container] };
    expect(fixAll(flat).document).toEqual({
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx', memory: 256 }],
    });
    const written: JsonObject = { family: 'web', containerDefinitions: [container] };
    expect(fixAll(written).document).toBe(written);
  });

  it('survives a fix that throws', () => {
    const doc: JsonObject = { family: 'x', containerDefinitions: 'nope' };
    expect(() => fixAll(doc)).not.toThrow();
  });
});
