import { describe, expect, it } from 'vitest';
import { dependsOnRule, fargateTimeoutsRule, volumesFromRule } from './dependencies.ts';
import { at, codes, fargate, fixed, only, task } from './testing.ts';

describe('dependsOn (RULES.md 59–61)', () => {
  it('passes a dependency on an existing, non-essential container with SUCCESS', () => {
    const doc = task([
      { name: 'init', essential: false },
      { name: 'app', dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] },
    ]);
    expect(codes(dependsOnRule, doc)).toEqual([]);
  });

  it('reports an unknown container with the F28 text and removes the dependency', () => {
    const doc = task([{ name: 'app', dependsOn: [{ containerName: 'sidecar', condition: 'START' }] }]);
    const p = only(dependsOnRule, doc, 'depends-on-unknown-container');
    expect(p.message).toContain("Cannot depend on container + 'sidecar' because it does not exist");
    expect(at(fixed(p, doc), 'containerDefinitions', 0, 'dependsOn')).toEqual([]);
  });

  it('keeps a dependency while a container of the task is still a template placeholder', () => {
    const doc = {
      family: 'colorteller',
      containerDefinitions: [
        {
          name: 'app',
          image: 'x',
          dependsOn: [{ containerName: 'envoy', condition: 'HEALTHY' }],
          volumesFrom: [{ sourceContainer: 'envoy' }],
        },
        '$ENVOY_CONTAINER_JSON',
      ],
    };
    for (const [rule, code] of [
      [dependsOnRule, 'depends-on-unknown-container'],
      [volumesFromRule, 'volumes-from-unknown-container'],
    ] as const) {
      const p = only(rule, doc, code);
      expect(p.fix).toBeUndefined();
      expect(p.message).toContain('$ENVOY_CONTAINER_JSON');
    }
  });

  it('keeps a dependency whose container name is itself a template placeholder', () => {
    const doc = task([
      { name: 'app', dependsOn: [{ containerName: '${SIDECAR_NAME}', condition: 'START' }] },
    ]);
    const p = only(dependsOnRule, doc, 'depends-on-unknown-container');
    expect(p.fix).toBeUndefined();
    expect(p.message).toContain('template placeholder');
  });

  it('reports COMPLETE/SUCCESS on an essential container (F27) and makes it non-essential', () => {
    const doc = task([
      { name: 'init' },
      { name: 'app', dependsOn: [{ containerName: 'init', condition: 'COMPLETE' }] },
    ]);
    const p = only(dependsOnRule, doc, 'depends-on-essential-exit');
    expect(p.severity).toBe('error');
    expect(p.message).toContain(
      'A dependency container with SUCCESS or COMPLETE condition cannot be an essential container',
    );
    const out = fixed(p, doc);
    expect(at(out, 'containerDefinitions', 0, 'essential')).toBe(false);
    expect(codes(dependsOnRule, out)).toEqual([]);
  });

  it('warns about HEALTHY on a container without healthCheck', () => {
    const bad = task([
      { name: 'db' },
      { name: 'app', dependsOn: [{ containerName: 'db', condition: 'HEALTHY' }] },
    ]);
    expect(only(dependsOnRule, bad, 'depends-on-healthy-without-health-check').severity).toBe('warning');
    const good = task([
      { name: 'db', healthCheck: { command: ['CMD', 'true'] } },
      { name: 'app', dependsOn: [{ containerName: 'db', condition: 'HEALTHY' }] },
    ]);
    expect(codes(dependsOnRule, good)).toEqual([]);
  });
});

describe('volumesFrom (RULES.md 63)', () => {
  it('passes another container of the task', () => {
    expect(
      codes(volumesFromRule, task([{ name: 'a' }, { name: 'b', volumesFrom: [{ sourceContainer: 'a' }] }])),
    ).toEqual([]);
  });

  it('reports an unknown container with the F30 text', () => {
    const doc = task([{ name: 'b', volumesFrom: [{ sourceContainer: 'container' }] }]);
    expect(only(volumesFromRule, doc, 'volumes-from-unknown-container').message).toContain(
      "Invalid 'volumesFrom' setting. Unknown container: 'container'.",
    );
  });

  it('warns when a container names itself', () => {
    expect(codes(volumesFromRule, task([{ name: 'b', volumesFrom: [{ sourceContainer: 'b' }] }]))).toEqual([
      'volumes-from-self',
    ]);
  });
});

describe('Fargate start/stop timeouts (RULES.md 65)', () => {
  it('passes 2–120 s on Fargate and anything on EC2', () => {
    expect(codes(fargateTimeoutsRule, fargate([{ name: 'a', stopTimeout: 120, startTimeout: 2 }]))).toEqual(
      [],
    );
    expect(codes(fargateTimeoutsRule, task([{ name: 'a', stopTimeout: 600 }]))).toEqual([]);
  });

  it('warns outside 2–120 s on Fargate and clamps', () => {
    const doc = fargate([{ name: 'a', stopTimeout: 300 }]);
    const p = only(fargateTimeoutsRule, doc, 'fargate-timeout-range');
    expect(p.severity).toBe('warning');
    expect(at(fixed(p, doc), 'containerDefinitions', 0, 'stopTimeout')).toBe(120);
  });
});
