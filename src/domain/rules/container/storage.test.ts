import { describe, expect, it } from 'vitest';
import { ephemeralStorageRule, storageVolumesRule } from './storage.ts';
import { WINDOWS, at, codes, fargate, fixed, only, task } from './testing.ts';

const TASK_ROLE = { taskRoleArn: 'arn:aws:iam::123456789012:role/app' };
const efs = (efsVolumeConfiguration: object) => ({
  volumes: [{ name: 'efs', efsVolumeConfiguration: efsVolumeConfiguration as never }],
});

describe('EFS, FSx and S3 Files volumes (RULES.md 103–105)', () => {
  it('passes EFS with an access point, transit encryption and IAM with a task role', () => {
    const doc = fargate([{ name: 'a' }], {
      ...TASK_ROLE,
      ...efs({
        fileSystemId: 'fs-1',
        transitEncryption: 'ENABLED',
        authorizationConfig: { accessPointId: 'fsap-1', iam: 'ENABLED' },
      }),
    });
    expect(codes(storageVolumesRule, doc)).toEqual([]);
  });

  it('reports an access point with a rootDirectory and without transit encryption', () => {
    const doc = task(
      [{ name: 'a' }],
      efs({ fileSystemId: 'fs-1', rootDirectory: '/data', authorizationConfig: { accessPointId: 'fsap-1' } }),
    );
    expect(codes(storageVolumesRule, doc)).toEqual(['efs-root-directory', 'efs-transit-encryption']);
    const p = only(storageVolumesRule, doc, 'efs-transit-encryption');
    expect(at(fixed(p, doc), 'volumes', 0, 'efsVolumeConfiguration', 'transitEncryption')).toBe('ENABLED');
  });

  it('warns about IAM authorization without a task role', () => {
    const doc = task(
      [{ name: 'a' }],
      efs({ fileSystemId: 'fs-1', transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED' } }),
    );
    expect(codes(storageVolumesRule, doc)).toEqual(['efs-iam-task-role']);
  });

  it('reports EFS on Windows Fargate', () => {
    expect(
      codes(storageVolumesRule, fargate([{ name: 'a' }], { ...WINDOWS, ...efs({ fileSystemId: 'fs-1' }) })),
    ).toEqual(['efs-windows-fargate']);
  });

  it('FSx for Windows: Windows on EC2 only', () => {
    const fsx = {
      volumes: [
        {
          name: 'fsx',
          fsxWindowsFileServerVolumeConfiguration: {
            fileSystemId: 'fs-1',
            rootDirectory: 'share',
            authorizationConfig: { credentialsParameter: 'arn', domain: 'corp' },
          },
        },
      ],
    };
    expect(codes(storageVolumesRule, task([{ name: 'a' }], { ...WINDOWS, ...fsx }))).toEqual([]);
    expect(codes(storageVolumesRule, task([{ name: 'a' }], fsx))).toEqual(['fsx-windows-only']);
    expect(codes(storageVolumesRule, fargate([{ name: 'a' }], { ...WINDOWS, ...fsx }))).toEqual([
      'fsx-windows-fargate',
    ]);
  });

  it('S3 Files needs a task role, a full ARN, and rootDirectory "/" with an access point', () => {
    const arn = 'arn:aws:s3files:us-east-1:123456789012:file-system/fs-1';
    const ok = { volumes: [{ name: 's3', s3filesVolumeConfiguration: { fileSystemArn: arn } }] };
    expect(codes(storageVolumesRule, task([{ name: 'a' }], { ...TASK_ROLE, ...ok }))).toEqual([]);
    expect(codes(storageVolumesRule, task([{ name: 'a' }], ok))).toEqual(['s3files-task-role']);
    const bad = {
      volumes: [
        {
          name: 's3',
          s3filesVolumeConfiguration: {
            fileSystemArn: 'fs-1',
            accessPointArn: `${arn}/ap`,
            rootDirectory: '/x',
          },
        },
      ],
    };
    expect(codes(storageVolumesRule, task([{ name: 'a' }], { ...TASK_ROLE, ...bad }))).toEqual([
      's3files-volume',
      's3files-volume',
    ]);
  });
});

describe('ephemeralStorage (RULES.md 107)', () => {
  it('passes 21–200 on Fargate (Windows too: the model allows it)', () => {
    expect(
      codes(ephemeralStorageRule, fargate([{ name: 'a' }], { ephemeralStorage: { sizeInGiB: 21 } })),
    ).toEqual([]);
    expect(
      codes(
        ephemeralStorageRule,
        fargate([{ name: 'a' }], { ...WINDOWS, ephemeralStorage: { sizeInGiB: 200 } }),
      ),
    ).toEqual([]);
  });

  it('reports 20 or less and offers to remove it; clamps above 200', () => {
    const small = fargate([{ name: 'a' }], { ephemeralStorage: { sizeInGiB: 20 } });
    expect(
      fixed(only(ephemeralStorageRule, small, 'ephemeral-storage-range'), small).ephemeralStorage,
    ).toBeUndefined();
    const big = fargate([{ name: 'a' }], { ephemeralStorage: { sizeInGiB: 500 } });
    expect(
      at(
        fixed(only(ephemeralStorageRule, big, 'ephemeral-storage-range'), big),
        'ephemeralStorage',
        'sizeInGiB',
      ),
    ).toBe(200);
  });

  it('notes that it has no effect on EC2', () => {
    expect(
      codes(ephemeralStorageRule, task([{ name: 'a' }], { ephemeralStorage: { sizeInGiB: 30 } })),
    ).toEqual(['ephemeral-storage-not-fargate']);
  });
});
