// Task volumes and mount points (RULES.md 97–99, 102).
import { own, type JsonObject } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { arr, containers, str, type Rule } from '../rule.ts';
import { edit, items, problem, setFix, taskItems } from './util.ts';

const VOLUME_NAME = /^[A-Za-z0-9_-]{1,255}$/;
const KINDS = [
  'host',
  'dockerVolumeConfiguration',
  'efsVolumeConfiguration',
  's3filesVolumeConfiguration',
  'fsxWindowsFileServerVolumeConfiguration',
  'configuredAtLaunch',
] as const;

function kinds(volume: JsonObject): string[] {
  return KINDS.filter((k) => {
    const v = own(volume, k);
    return v !== undefined && v !== null && v !== false;
  });
}

// RULES.md 97 [REG-doc]: a volume has at most one configuration. RULES.md 98 [REG-doc]: names are
// 1–255 of [A-Za-z0-9_-], required for EFS, S3 Files and configured-at-launch volumes; unique (a
// mount point could not tell two apart). RULES.md 99 [REG-doc]: at most one configuredAtLaunch
// volume. RULES.md 102 [REG-doc]: autoprovision only with scope shared. Source: M:Volume,
// M:DockerVolumeConfiguration; DG23 task_definition_parameters.md.
export const volumesRule: Rule = {
  id: 'volumes',
  check(doc) {
    const out: Problem[] = [];
    const names = new Set<string>();
    let atLaunch = 0;
    for (const { item, path } of taskItems(doc, 'volumes')) {
      const found = kinds(item);
      if (found.length > 1)
        out.push(
          problem(
            path,
            'error',
            'volume-multiple-kinds',
            `A volume has one kind of storage, but this one sets ${found.join(' and ')}. Split it into separate volumes.`,
          ),
        );
      const name = own(item, 'name');
      if (typeof name === 'string' && !VOLUME_NAME.test(name))
        out.push(
          problem(
            `${path}.name`,
            'error',
            'volume-name-invalid',
            `The volume name "${name}" is invalid: use 1–255 letters, digits, hyphens and underscores.`,
          ),
        );
      else if (
        name === undefined &&
        found.some(
          (k) =>
            k !== 'host' &&
            k !== 'dockerVolumeConfiguration' &&
            k !== 'fsxWindowsFileServerVolumeConfiguration',
        )
      )
        out.push(
          problem(
            `${path}.name`,
            'error',
            'volume-name-missing',
            'This volume needs a name: mount points refer to it by name.',
          ),
        );
      if (typeof name === 'string') {
        if (names.has(name))
          out.push(
            problem(
              `${path}.name`,
              'warning',
              'volume-name-duplicate',
              `Another volume is already named "${name}"; mount points cannot tell them apart. Rename one.`,
            ),
          );
        names.add(name);
      }
      if (own(item, 'configuredAtLaunch') === true && ++atLaunch === 2)
        out.push(
          problem(
            `${path}.configuredAtLaunch`,
            'error',
            'configured-at-launch-multiple',
            'A task definition may have only one volume with configuredAtLaunch: true.',
          ),
        );
      const docker = own(item, 'dockerVolumeConfiguration');
      if (
        docker !== null &&
        typeof docker === 'object' &&
        !Array.isArray(docker) &&
        own(docker, 'autoprovision') === true &&
        str(own(docker, 'scope')) === 'task'
      )
        out.push(
          problem(
            `${path}.dockerVolumeConfiguration.autoprovision`,
            'error',
            'docker-volume-autoprovision',
            'autoprovision applies only to shared Docker volumes; with scope "task" it must be omitted or false.',
            setFix('Remove autoprovision', `${path}.dockerVolumeConfiguration.autoprovision`, undefined),
          ),
        );
    }
    return out;
  },
};

// RULES.md 98 [REG-doc]: each mountPoints[].sourceVolume names a declared volume, and a mount
// point has both sourceVolume and containerPath. Source: M:MountPoint; DG23. The fix declares the
// missing volume as a plain (Docker-managed, task-scoped) bind mount, which every launch type runs.
export const mountPointsRule: Rule = {
  id: 'mount-points',
  check(doc) {
    const out: Problem[] = [];
    const declared = new Set(
      taskItems(doc, 'volumes').flatMap(({ item }) => {
        const n = str(own(item, 'name'));
        return n === undefined ? [] : [n];
      }),
    );
    for (const c of containers(doc))
      for (const { item, path } of items(c, 'mountPoints')) {
        const source = own(item, 'sourceVolume');
        if (source === undefined || (typeof source === 'string' && source.trim() === ''))
          out.push(
            problem(
              `${path}.sourceVolume`,
              'error',
              'mount-point-incomplete',
              'A mount point needs sourceVolume: the name of one of the task volumes.',
            ),
          );
        else if (typeof source === 'string' && !declared.has(source))
          out.push(
            problem(
              `${path}.sourceVolume`,
              'error',
              'mount-point-unknown-volume',
              `No task volume is named "${source}". Declare it under volumes, or mount an existing one.`,
              {
                title: `Declare volume "${source}"`,
                apply: (d) => edit(d, [[`volumes[${arr(own(d, 'volumes')).length}]`, { name: source }]]),
              },
            ),
          );
        const target = own(item, 'containerPath');
        if (target === undefined || (typeof target === 'string' && target.trim() === ''))
          out.push(
            problem(
              `${path}.containerPath`,
              'error',
              'mount-point-incomplete',
              'A mount point needs containerPath: where the volume appears inside the container.',
            ),
          );
      }
    return out;
  },
};
