// Windows restrictions (RULES.md 51, 55, 56, 87, 92, 93, 94, 95, 102, 109, 110, 112).
import { own, type JsonValue } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { containers, isFargate, isWindows, networkMode, obj, osFamily, str, type Rule } from '../rule.ts';
import { problem, setFix, taskItems } from './util.ts';

// Container parameters the model documents as "not supported for Windows containers". links and
// extraHosts with awsvpc are left to the network rules (RULES.md 31, 34) to avoid a double report.
const CONTAINER_KEYS = [
  'links',
  'linuxParameters',
  'ulimits',
  'user',
  'readonlyRootFilesystem',
  'privileged',
  'disableNetworking',
  'dnsServers',
  'dnsSearchDomains',
  'extraHosts',
  'systemControls',
] as const;

function inUse(value: JsonValue | undefined): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

// RULES.md 112 [REG-doc] (with 51, 55, 56, 87, 92, 93): container parameters Windows does not
// support; 94/95 pidMode and ipcMode; 109 proxyConfiguration. Source: M:ContainerDefinition (each
// member's "not supported for Windows containers"); M:pidMode, M:ipcMode; DG23
// windows_task_definitions.md.
export const windowsUnsupportedRule: Rule = {
  id: 'windows-unsupported',
  check(doc) {
    if (!isWindows(doc)) return [];
    const out: Problem[] = [];
    const awsvpc = networkMode(doc) === 'awsvpc';
    const fargate = isFargate(doc);
    for (const c of containers(doc))
      for (const key of CONTAINER_KEYS) {
        if (awsvpc && (key === 'links' || key === 'extraHosts')) continue;
        if (fargate && key === 'privileged') continue; // fargate-privileged reports it
        if (!inUse(own(c.container, key))) continue;
        out.push(
          problem(
            `${c.path}.${key}`,
            'error',
            'windows-unsupported-parameter',
            `${key} is not supported for Windows containers. Remove it.`,
            setFix(`Remove ${key}`, `${c.path}.${key}`, undefined),
          ),
        );
      }
    for (const key of ['pidMode', 'ipcMode', 'proxyConfiguration'] as const) {
      // On Fargate, fargate-ipc-mode and fargate-pid-mode already report these with ECS's own text.
      if (fargate && (key === 'ipcMode' || (key === 'pidMode' && own(doc, key) === 'host'))) continue;
      if (inUse(own(doc, key)))
        out.push(
          problem(
            key,
            'error',
            'windows-unsupported-parameter',
            `${key} is not supported for Windows containers. Remove it.`,
            setFix(`Remove ${key}`, key, undefined),
          ),
        );
    }
    // RULES.md 102 [REG-doc]: Windows supports only the local Docker volume driver.
    for (const { item, path } of taskItems(doc, 'volumes')) {
      const driver = str(own(obj(own(item, 'dockerVolumeConfiguration')) ?? {}, 'driver'));
      if (driver !== undefined && driver !== 'local')
        out.push(
          problem(
            `${path}.dockerVolumeConfiguration.driver`,
            'error',
            'windows-volume-driver',
            `Windows supports only the local Docker volume driver, not ${driver}.`,
            setFix('Use the local driver', `${path}.dockerVolumeConfiguration.driver`, 'local'),
          ),
        );
    }
    return out;
  },
};

const FARGATE_OS_2023 = new Set([
  'LINUX',
  'WINDOWS_SERVER_2019_FULL',
  'WINDOWS_SERVER_2019_CORE',
  'WINDOWS_SERVER_2022_FULL',
  'WINDOWS_SERVER_2022_CORE',
  'WINDOWS_SERVER_2025_FULL',
  'WINDOWS_SERVER_2025_CORE',
]);

// RULES.md 110 [REG-doc]: Windows on Fargate runs on X86_64 only. The OS families Fargate offers
// come from the 2023 guide (plus Windows Server 2025, added to the model in 2025), so an older
// family on Fargate is a warning, not an error. Source: M:RuntimePlatform; DG23 AWS_Fargate.md.
export const runtimePlatformRule: Rule = {
  id: 'runtime-platform',
  check(doc) {
    if (!isFargate(doc)) return [];
    const out: Problem[] = [];
    const family = osFamily(doc);
    const arch = str(own(obj(own(doc, 'runtimePlatform')) ?? {}, 'cpuArchitecture'));
    if (isWindows(doc) && arch === 'ARM64')
      out.push(
        problem(
          'runtimePlatform.cpuArchitecture',
          'error',
          'windows-fargate-architecture',
          'Windows containers on Fargate run only on X86_64. Set cpuArchitecture to X86_64.',
          setFix('Set cpuArchitecture to X86_64', 'runtimePlatform.cpuArchitecture', 'X86_64'),
        ),
      );
    if (family !== undefined && family.startsWith('WINDOWS') && !FARGATE_OS_2023.has(family))
      out.push(
        problem(
          'runtimePlatform.operatingSystemFamily',
          'warning',
          'fargate-os-family',
          `Fargate offers Windows Server 2019, 2022 and 2025 (Full or Core); ${family} is for EC2. Pick a Fargate edition.`,
        ),
      );
    return out;
  },
};
