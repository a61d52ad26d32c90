// EFS, FSx for Windows, S3 Files volumes and ephemeral storage (RULES.md 103–105, 107).
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { isFargate, isWindows, obj, str, type Rule } from '../rule.ts';
import { edit, hasTaskRole, problem, setFix, taskItems } from './util.ts';

// RULES.md 103 [REG-doc] EFS: with an access point rootDirectory is omitted or "/"; an access point
// or IAM authorization needs transitEncryption ENABLED; IAM authorization uses the task role
// (warning: checked when the task mounts); not on Windows Fargate.
// RULES.md 104 [SDK] FSx for Windows: Windows on EC2 only. RULES.md 105 [REG-doc] S3 Files: a full
// fileSystemArn, a task role, rootDirectory "/" with an access point.
// Sources: M:EFSVolumeConfiguration, M:EFSAuthorizationConfig, M:FSxWindowsFileServer*,
// M:S3FilesVolumeConfiguration; DG23 AWS_Fargate.md.
export const storageVolumesRule: Rule = {
  id: 'storage-volumes',
  check(doc) {
    const out: Problem[] = [];
    const windows = isWindows(doc);
    const fargate = isFargate(doc);
    const taskRole = hasTaskRole(doc);
    for (const { item, path } of taskItems(doc, 'volumes')) {
      const efs = obj(own(item, 'efsVolumeConfiguration'));
      if (efs) {
        const at = `${path}.efsVolumeConfiguration`;
        const auth = obj(own(efs, 'authorizationConfig'));
        const accessPoint = str(own(auth ?? {}, 'accessPointId'));
        const iam = str(own(auth ?? {}, 'iam')) === 'ENABLED';
        const root = str(own(efs, 'rootDirectory'));
        if (windows && fargate)
          out.push(
            problem(
              at,
              'error',
              'efs-windows-fargate',
              'EFS volumes are not available for Windows containers on Fargate. Use FSx for Windows File Server on EC2, or Linux containers.',
            ),
          );
        if (accessPoint !== undefined && root !== undefined && root !== '/')
          out.push(
            problem(
              `${at}.rootDirectory`,
              'error',
              'efs-root-directory',
              'With an access point, rootDirectory must be omitted or "/": the access point sets the directory.',
              setFix('Remove rootDirectory', `${at}.rootDirectory`, undefined),
            ),
          );
        if ((accessPoint !== undefined || iam) && str(own(efs, 'transitEncryption')) !== 'ENABLED')
          out.push(
            problem(
              `${at}.transitEncryption`,
              'error',
              'efs-transit-encryption',
              `${accessPoint !== undefined ? 'An access point' : 'IAM authorization'} requires transitEncryption ENABLED (the default is DISABLED).`,
              setFix('Enable transit encryption', `${at}.transitEncryption`, 'ENABLED'),
            ),
          );
        if (iam && !taskRole)
          out.push(
            problem(
              `${at}.authorizationConfig.iam`,
              'warning',
              'efs-iam-task-role',
              'EFS IAM authorization uses the task role, and this task definition has no taskRoleArn: the mount will be denied. Set taskRoleArn.',
            ),
          );
      }
      if (obj(own(item, 'fsxWindowsFileServerVolumeConfiguration'))) {
        const at = `${path}.fsxWindowsFileServerVolumeConfiguration`;
        if (!windows)
          out.push(
            problem(
              at,
              'error',
              'fsx-windows-only',
              'FSx for Windows File Server volumes work only with Windows containers: set runtimePlatform.operatingSystemFamily to a Windows edition, or use EFS for Linux.',
            ),
          );
        else if (fargate)
          out.push(
            problem(
              at,
              'error',
              'fsx-windows-fargate',
              'FSx for Windows File Server volumes are not supported for Windows containers on Fargate; run the task on EC2.',
            ),
          );
      }
      const s3 = obj(own(item, 's3filesVolumeConfiguration'));
      if (s3) {
        const at = `${path}.s3filesVolumeConfiguration`;
        const arn = str(own(s3, 'fileSystemArn'));
        if (arn !== undefined && !arn.startsWith('arn:'))
          out.push(
            problem(
              `${at}.fileSystemArn`,
              'error',
              's3files-volume',
              `fileSystemArn must be the full ARN of the S3 Files file system, not "${arn}".`,
            ),
          );
        const root = str(own(s3, 'rootDirectory'));
        if (str(own(s3, 'accessPointArn')) !== undefined && root !== undefined && root !== '/')
          out.push(
            problem(
              `${at}.rootDirectory`,
              'error',
              's3files-volume',
              'With an access point, rootDirectory must be omitted or "/".',
              setFix('Remove rootDirectory', `${at}.rootDirectory`, undefined),
            ),
          );
        if (!taskRole)
          out.push(
            problem(
              at,
              'error',
              's3files-task-role',
              'S3 Files volumes require a task role: set taskRoleArn to a role that may access the file system.',
            ),
          );
      }
    }
    return out;
  },
};

// RULES.md 107 [REG-doc]: ephemeralStorage.sizeInGiB is 21–200 (CloudFormation: "EphemeralStorage
// size should be at least 21", F37). The model allows it on Windows Fargate platform >= 1.0.0,
// which wins over DG23. On EC2 it has no effect (info). Source: M:EphemeralStorage;
// I:aws/aws-cdk#31291; I:guardian/cdk#1101.
export const ephemeralStorageRule: Rule = {
  id: 'ephemeral-storage',
  check(doc) {
    const es = obj(own(doc, 'ephemeralStorage'));
    const size = own(es ?? {}, 'sizeInGiB');
    const out: Problem[] = [];
    if (typeof size === 'number' && (size < 21 || size > 200)) {
      const to = size < 21 ? 21 : 200;
      out.push(
        problem(
          'ephemeralStorage.sizeInGiB',
          'error',
          'ephemeral-storage-range',
          `ephemeralStorage.sizeInGiB must be between 21 and 200 (without it Fargate gives 20 GiB); it is ${size}.` +
            (size <= 20 ? ' Remove ephemeralStorage to keep the default.' : ''),
          size <= 20
            ? { title: 'Remove ephemeralStorage', apply: (d) => edit(d, [['ephemeralStorage', undefined]]) }
            : setFix(`Set sizeInGiB to ${to}`, 'ephemeralStorage.sizeInGiB', to),
        ),
      );
    }
    if (es && !isFargate(doc))
      out.push(
        problem(
          'ephemeralStorage',
          'info',
          'ephemeral-storage-not-fargate',
          'ephemeralStorage applies only to Fargate tasks; on EC2 the container instance provides the disk.',
        ),
      );
    return out;
  },
};
