// Namespaced sysctls and ulimits (RULES.md 92, 93).
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { containers, isFargate, networkMode, str, type Rule } from '../rule.ts';
import { items, label, problem, setFix } from './util.ts';

const IPC_KEYS = new Set([
  'kernel.msgmax',
  'kernel.msgmnb',
  'kernel.msgmni',
  'kernel.sem',
  'kernel.shmall',
  'kernel.shmmax',
  'kernel.shmmni',
  'kernel.shm_rmid_forced',
]);

const isIpc = (ns: string): boolean => IPC_KEYS.has(ns) || ns.startsWith('fs.mqueue.');

// RULES.md 92 [REG-doc]: systemControls.namespace is one of the IPC sysctls, fs.mqueue.* or net.*;
// net.* is not supported with networkMode host; IPC sysctls are not supported with ipcMode host.
// With awsvpc the sysctls apply to the whole task and the last container started wins (warning).
// Fargate (platform >= 1.4.0) allows them: the 2026 model overrides the 2023 guide (RULES.md 111).
// Source: M:SystemControl; DG23 task_definition_parameters.md.
export const systemControlsRule: Rule = {
  id: 'system-controls',
  check(doc) {
    const out: Problem[] = [];
    const mode = networkMode(doc);
    const ipcHost = str(own(doc, 'ipcMode')) === 'host';
    const taskWide = new Map<string, { value: string | undefined; owner: string }>();
    for (const c of containers(doc)) {
      for (const { item, path } of items(c, 'systemControls')) {
        const ns = str(own(item, 'namespace'));
        if (ns === undefined) continue;
        const at = `${path}.namespace`;
        if (!isIpc(ns) && !ns.startsWith('net.')) {
          out.push(
            problem(
              at,
              'error',
              'system-control-namespace',
              `"${ns}" is not a namespaced sysctl ECS can set. Use net.*, fs.mqueue.* or one of ${[...IPC_KEYS].join(', ')}.`,
            ),
          );
          continue;
        }
        if (ns.startsWith('net.') && mode === 'host')
          out.push(
            problem(
              at,
              'error',
              'system-control-namespace',
              `${ns}: net.* sysctls are not supported when networkMode=host (they would change the host).`,
            ),
          );
        if (isIpc(ns) && ipcHost)
          out.push(
            problem(
              at,
              'error',
              'system-control-namespace',
              `${ns}: IPC sysctls are not supported when ipcMode=host (they would change the host).`,
            ),
          );
        if (mode === 'awsvpc' && ns.startsWith('net.')) {
          const value = str(own(item, 'value'));
          const prior = taskWide.get(ns);
          if (prior && prior.owner !== label(c) && prior.value !== value)
            out.push(
              problem(
                at,
                'warning',
                'system-control-conflict',
                `With awsvpc, ${ns} applies to the whole task and ${prior.owner} sets it to another value; the container started last wins. Set it in one container only.`,
              ),
            );
          else if (!prior) taskWide.set(ns, { value, owner: label(c) });
        }
      }
    }
    return out;
  },
};

// RULES.md 93 [SDK/REG-doc]: Fargate overrides nofile, with a maximum of 1048576 (DG23). A soft
// limit above the hard limit, or the same ulimit twice, is refused by Docker when the container
// starts (RUN): warnings. Source: M:Ulimit; DG23 AWS_Fargate.md.
export const ulimitsRule: Rule = {
  id: 'ulimits',
  check(doc) {
    const out: Problem[] = [];
    const fargate = isFargate(doc);
    for (const c of containers(doc)) {
      const seen = new Set<string>();
      for (const { item, path } of items(c, 'ulimits')) {
        const name = str(own(item, 'name'));
        const soft = own(item, 'softLimit');
        const hard = own(item, 'hardLimit');
        if (name !== undefined && seen.has(name))
          out.push(
            problem(
              `${path}.name`,
              'warning',
              'ulimit-duplicate',
              `The ulimit ${name} is set twice in ${label(c)}. Keep one entry.`,
            ),
          );
        if (name !== undefined) seen.add(name);
        if (typeof soft === 'number' && typeof hard === 'number' && soft > hard)
          out.push(
            problem(
              `${path}.softLimit`,
              'warning',
              'ulimit-soft-above-hard',
              `The soft limit (${soft}) is above the hard limit (${hard}); the container will not start.`,
              setFix(`Set softLimit to ${hard}`, `${path}.softLimit`, hard),
            ),
          );
        if (fargate && name === 'nofile')
          for (const [key, v] of [
            ['softLimit', soft],
            ['hardLimit', hard],
          ] as const)
            if (typeof v === 'number' && v > 1048576)
              out.push(
                problem(
                  `${path}.${key}`,
                  'error',
                  'fargate-nofile-limit',
                  `On Fargate the nofile ulimit is at most 1048576; ${key} is ${v}.`,
                  setFix(`Set ${key} to 1048576`, `${path}.${key}`, 1048576),
                ),
              );
      }
    }
    return out;
  },
};
