// linuxParameters (RULES.md 88–91). The name lists are docEnums.linuxCapabilities and
// docEnums.tmpfsMountOptions of the shape JSON (M:KernelCapabilities, M:Tmpfs).
import { own, type JsonValue } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { arr, containers, isFargate, obj, str, type ContainerRef, type Rule } from '../rule.ts';
import { problem, setFix } from './util.ts';

const CAPABILITIES = new Set(
  (
    'ALL AUDIT_CONTROL AUDIT_WRITE BLOCK_SUSPEND CHOWN DAC_OVERRIDE DAC_READ_SEARCH FOWNER ' +
    'FSETID IPC_LOCK IPC_OWNER KILL LEASE LINUX_IMMUTABLE MAC_ADMIN MAC_OVERRIDE MKNOD ' +
    'NET_ADMIN NET_BIND_SERVICE NET_BROADCAST NET_RAW SETFCAP SETGID SETPCAP SETUID ' +
    'SYS_ADMIN SYS_BOOT SYS_CHROOT SYS_MODULE SYS_NICE SYS_PACCT SYS_PTRACE SYS_RAWIO ' +
    'SYS_RESOURCE SYS_TIME SYS_TTY_CONFIG SYSLOG WAKE_ALARM'
  ).split(' '),
);

const TMPFS_OPTIONS = new Set(
  (
    'defaults ro rw suid nosuid dev nodev exec noexec sync async dirsync remount mand nomand ' +
    'atime noatime diratime nodiratime bind rbind unbindable runbindable private rprivate ' +
    'shared rshared slave rslave relatime norelatime strictatime nostrictatime mode uid gid ' +
    'nr_inodes nr_blocks mpol'
  ).split(' '),
);

function params(c: ContainerRef): { lp: Record<string, JsonValue>; path: string } | undefined {
  const lp = obj(own(c.container, 'linuxParameters'));
  return lp ? { lp, path: `${c.path}.linuxParameters` } : undefined;
}

// RULES.md 89 [REG-doc]: capabilities come from the documented list (docEnums.linuxCapabilities).
// "CAP_SYS_ADMIN" and lower case are Docker spellings ECS does not list: the fix rewrites them.
// RULES.md 88 [REG-doc]: on Fargate `add` may only hold SYS_PTRACE. Privileged containers ignore
// add/drop (info). Source: M:KernelCapabilities.
export const capabilitiesRule: Rule = {
  id: 'linux-capabilities',
  check(doc) {
    const out: Problem[] = [];
    const fargate = isFargate(doc);
    for (const c of containers(doc)) {
      const p = params(c);
      const caps = obj(own(p?.lp ?? {}, 'capabilities'));
      if (!p || !caps) continue;
      for (const key of ['add', 'drop'] as const) {
        const list = arr(own(caps, key));
        const path = `${p.path}.capabilities.${key}`;
        list.forEach((v, i) => {
          const cap = str(v);
          if (cap === undefined || CAPABILITIES.has(cap)) return;
          const guess = cap.toUpperCase().replace(/^CAP_/, '');
          out.push(
            problem(
              `${path}[${i}]`,
              'error',
              'linux-capability-unknown',
              `"${cap}" is not a Linux capability ECS knows` +
                (CAPABILITIES.has(guess)
                  ? `; write "${guess}".`
                  : ' (e.g. NET_ADMIN, SYS_PTRACE, without the CAP_ prefix).'),
              CAPABILITIES.has(guess) ? setFix(`Write "${guess}"`, `${path}[${i}]`, guess) : undefined,
            ),
          );
        });
        if (list.length > 0 && own(c.container, 'privileged') === true)
          out.push(
            problem(
              path,
              'info',
              'linux-capabilities-ignored',
              `A privileged container has every capability, so capabilities.${key} has no effect.`,
            ),
          );
        if (key === 'add' && fargate) {
          const allowed = list.filter((v) => v === 'SYS_PTRACE');
          if (allowed.length < list.length)
            out.push(
              problem(
                path,
                'error',
                'fargate-capability-add',
                'On Fargate, capabilities.add may only contain SYS_PTRACE (platform version 1.4.0 or later). Remove the other capabilities.',
                setFix('Keep only SYS_PTRACE', path, allowed.length > 0 ? allowed : undefined),
              ),
            );
        }
      }
    }
    return out;
  },
};

// RULES.md 88 [REG-doc]: Fargate does not support devices, sharedMemorySize, maxSwap, swappiness
// (tmpfs is supported since January 2026, so it is not flagged). RULES.md 90 [REG-doc]: swappiness
// 0–100, maxSwap >= 0; swappiness without maxSwap is ignored (info).
// Source: M:LinuxParameters; DG23 AWS_Fargate.md; I:aws/containers-roadmap#736.
export const linuxParametersRule: Rule = {
  id: 'linux-parameters',
  check(doc) {
    const out: Problem[] = [];
    const fargate = isFargate(doc);
    for (const c of containers(doc)) {
      const p = params(c);
      if (!p) continue;
      if (fargate)
        for (const key of ['devices', 'sharedMemorySize', 'maxSwap', 'swappiness'] as const)
          if (own(p.lp, key) !== undefined)
            out.push(
              problem(
                `${p.path}.${key}`,
                'error',
                'fargate-linux-parameter',
                `linuxParameters.${key} is not supported on Fargate. Remove it.`,
                setFix(`Remove ${key}`, `${p.path}.${key}`, undefined),
              ),
            );
      const swappiness = own(p.lp, 'swappiness');
      const maxSwap = own(p.lp, 'maxSwap');
      if (typeof swappiness === 'number' && (swappiness < 0 || swappiness > 100)) {
        const to = swappiness < 0 ? 0 : 100;
        out.push(
          problem(
            `${p.path}.swappiness`,
            'error',
            'linux-swap-range',
            `swappiness must be between 0 and 100; it is ${swappiness}.`,
            setFix(`Set swappiness to ${to}`, `${p.path}.swappiness`, to),
          ),
        );
      }
      if (typeof maxSwap === 'number' && maxSwap < 0)
        out.push(
          problem(
            `${p.path}.maxSwap`,
            'error',
            'linux-swap-range',
            `maxSwap is at least 0 (0 disables swap); it is ${maxSwap}.`,
            setFix('Set maxSwap to 0', `${p.path}.maxSwap`, 0),
          ),
        );
      if (swappiness !== undefined && maxSwap === undefined && !fargate)
        out.push(
          problem(
            `${p.path}.swappiness`,
            'info',
            'linux-swappiness-ignored',
            'swappiness is ignored unless maxSwap is also set.',
          ),
        );
      // RULES.md 91 [SDK]: tmpfs containerPath is absolute, size positive, mountOptions documented.
      arr(own(p.lp, 'tmpfs')).forEach((t, i) => {
        const tmpfs = obj(t);
        if (!tmpfs) return;
        const path = `${p.path}.tmpfs[${i}]`;
        const containerPath = str(own(tmpfs, 'containerPath'));
        if (containerPath !== undefined && !containerPath.startsWith('/'))
          out.push(
            problem(
              `${path}.containerPath`,
              'error',
              'tmpfs-invalid',
              `The tmpfs containerPath must be absolute; "${containerPath}" is not. Start it with /.`,
              setFix(`Use "/${containerPath}"`, `${path}.containerPath`, `/${containerPath}`),
            ),
          );
        const size = own(tmpfs, 'size');
        if (typeof size === 'number' && size <= 0)
          out.push(
            problem(
              `${path}.size`,
              'error',
              'tmpfs-invalid',
              `The tmpfs size is in MiB and must be positive; it is ${size}.`,
            ),
          );
        arr(own(tmpfs, 'mountOptions')).forEach((o, j) => {
          const option = str(o);
          if (option !== undefined && !TMPFS_OPTIONS.has(option.split('=')[0] ?? option))
            out.push(
              problem(
                `${path}.mountOptions[${j}]`,
                'error',
                'tmpfs-invalid',
                `"${option}" is not a tmpfs mount option ECS accepts (e.g. rw, noexec, nosuid, mode).`,
              ),
            );
        });
      });
    }
    return out;
  },
};
