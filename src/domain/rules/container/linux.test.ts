import { describe, expect, it } from 'vitest';
import { capabilitiesRule, linuxParametersRule } from './linux.ts';
import { at, codes, fargate, fixed, only, task } from './testing.ts';

const lp = (linuxParameters: object) => [{ name: 'a', linuxParameters: linuxParameters as never }];

describe('capabilities (RULES.md 88, 89)', () => {
  it('passes documented capabilities on EC2 and SYS_PTRACE on Fargate', () => {
    expect(
      codes(capabilitiesRule, task(lp({ capabilities: { add: ['NET_ADMIN'], drop: ['ALL'] } }))),
    ).toEqual([]);
    expect(
      codes(capabilitiesRule, fargate(lp({ capabilities: { add: ['SYS_PTRACE'], drop: ['NET_RAW'] } }))),
    ).toEqual([]);
  });

  it('reports an unknown capability and rewrites the CAP_ spelling', () => {
    const doc = task(lp({ capabilities: { add: ['cap_net_admin'] } }));
    const p = only(capabilitiesRule, doc, 'linux-capability-unknown');
    expect(at(fixed(p, doc), 'containerDefinitions', 0, 'linuxParameters', 'capabilities', 'add', 0)).toBe(
      'NET_ADMIN',
    );
    expect(codes(capabilitiesRule, task(lp({ capabilities: { drop: ['FLY'] } })))).toEqual([
      'linux-capability-unknown',
    ]);
  });

  it('notes that a privileged container ignores add/drop', () => {
    const doc = task([
      { name: 'a', privileged: true, linuxParameters: { capabilities: { add: ['NET_ADMIN'] } } },
    ]);
    expect(codes(capabilitiesRule, doc)).toEqual(['linux-capabilities-ignored']);
  });

  it('reports capabilities other than SYS_PTRACE added on Fargate and keeps SYS_PTRACE', () => {
    const doc = fargate(lp({ capabilities: { add: ['SYS_PTRACE', 'NET_ADMIN'] } }));
    const p = only(capabilitiesRule, doc, 'fargate-capability-add');
    expect(at(fixed(p, doc), 'containerDefinitions', 0, 'linuxParameters', 'capabilities', 'add')).toEqual([
      'SYS_PTRACE',
    ]);
  });
});

describe('linuxParameters limits (RULES.md 88, 90, 91)', () => {
  it('passes tmpfs and initProcessEnabled on Fargate (tmpfs allowed since 2026)', () => {
    const doc = fargate(
      lp({
        initProcessEnabled: true,
        tmpfs: [{ containerPath: '/tmp', size: 64, mountOptions: ['rw', 'mode=1777'] }],
      }),
    );
    expect(codes(linuxParametersRule, doc)).toEqual([]);
  });

  it('reports devices, sharedMemorySize, maxSwap and swappiness on Fargate, each removable', () => {
    const doc = fargate(
      lp({ devices: [{ hostPath: '/dev/fuse' }], sharedMemorySize: 64, maxSwap: 0, swappiness: 10 }),
    );
    const problems = linuxParametersRule.check(doc);
    expect(problems.map((p) => p.code)).toEqual(Array(4).fill('fargate-linux-parameter'));
    expect(
      at(fixed(problems[0]!, doc), 'containerDefinitions', 0, 'linuxParameters', 'devices'),
    ).toBeUndefined();
  });

  it('reports swap values out of range; notes swappiness without maxSwap', () => {
    expect(codes(linuxParametersRule, task(lp({ maxSwap: -1, swappiness: 101 })))).toEqual([
      'linux-swap-range',
      'linux-swap-range',
    ]);
    expect(codes(linuxParametersRule, task(lp({ swappiness: 10 })))).toEqual(['linux-swappiness-ignored']);
    expect(codes(linuxParametersRule, task(lp({ maxSwap: 512, swappiness: 10 })))).toEqual([]);
  });

  it('reports a relative tmpfs path, a non-positive size and an unknown mount option', () => {
    const doc = task(lp({ tmpfs: [{ containerPath: 'tmp', size: 0, mountOptions: ['fast'] }] }));
    expect(codes(linuxParametersRule, doc)).toEqual(['tmpfs-invalid', 'tmpfs-invalid', 'tmpfs-invalid']);
  });
});
