import { describe, expect, it } from 'vitest';
import { mountPointsRule, volumesRule } from './volumes.ts';
import { at, codes, fixed, only, task } from './testing.ts';

describe('volumes (RULES.md 97–99, 102)', () => {
  it('passes one kind per volume, valid unique names, one configuredAtLaunch', () => {
    const doc = task([{ name: 'a' }], {
      volumes: [
        { name: 'scratch' },
        { name: 'data', host: { sourcePath: '/data' } },
        { name: 'ebs', configuredAtLaunch: true },
        { name: 'docker', dockerVolumeConfiguration: { scope: 'shared', autoprovision: true } },
      ],
    });
    expect(codes(volumesRule, doc)).toEqual([]);
  });

  it('reports two kinds on one volume', () => {
    const doc = task([{ name: 'a' }], {
      volumes: [{ name: 'v', host: {}, efsVolumeConfiguration: { fileSystemId: 'fs-1' } }],
    });
    expect(codes(volumesRule, doc)).toEqual(['volume-multiple-kinds']);
  });

  it('reports invalid, missing (EFS) and duplicate names', () => {
    const doc = task([{ name: 'a' }], {
      volumes: [
        { name: 'my vol' },
        { efsVolumeConfiguration: { fileSystemId: 'fs-1' } },
        { name: 'x' },
        { name: 'x' },
      ],
    });
    expect(codes(volumesRule, doc)).toEqual([
      'volume-name-invalid',
      'volume-name-missing',
      'volume-name-duplicate',
    ]);
  });

  it('reports a second configuredAtLaunch volume', () => {
    const doc = task([{ name: 'a' }], {
      volumes: [
        { name: 'a', configuredAtLaunch: true },
        { name: 'b', configuredAtLaunch: true },
      ],
    });
    expect(codes(volumesRule, doc)).toEqual(['configured-at-launch-multiple']);
  });

  it('reports autoprovision with scope task and removes it', () => {
    const doc = task([{ name: 'a' }], {
      volumes: [{ name: 'd', dockerVolumeConfiguration: { scope: 'task', autoprovision: true } }],
    });
    const out = fixed(only(volumesRule, doc, 'docker-volume-autoprovision'), doc);
    expect(at(out, 'volumes', 0, 'dockerVolumeConfiguration')).toEqual({ scope: 'task' });
  });
});

describe('mountPoints (RULES.md 98)', () => {
  it('passes a mount of a declared volume', () => {
    const doc = task([{ name: 'a', mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] }], {
      volumes: [{ name: 'data' }],
    });
    expect(codes(mountPointsRule, doc)).toEqual([]);
  });

  it('reports an undeclared volume and declares it', () => {
    const doc = task([{ name: 'a', mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] }]);
    const out = fixed(only(mountPointsRule, doc, 'mount-point-unknown-volume'), doc);
    expect(out.volumes).toEqual([{ name: 'data' }]);
    expect(codes(mountPointsRule, out)).toEqual([]);
  });

  it('reports a mount point without sourceVolume or containerPath', () => {
    expect(codes(mountPointsRule, task([{ name: 'a', mountPoints: [{}] }]))).toEqual([
      'mount-point-incomplete',
      'mount-point-incomplete',
    ]);
  });
});
