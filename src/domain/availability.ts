// Which fields the form shows disabled, and why. The form keeps a disabled field visible with its
// reason instead of hiding it, so a user learns what the platform or network mode rules out.
// Sources are the RULES.md lines named beside each entry; where the 2023 guide and the 2026 model
// disagree (dns*, disableNetworking, pidMode, systemControls, tmpfs on Fargate), the model wins and
// the field stays available.
import type { JsonObject } from './json.ts';
import { isFargate, isWindows, networkMode } from './rules/rule.ts';

/** Every key unavailableFields() can return: reference these, never spell a key by hand. */
export const AVAILABILITY_KEYS = [
  'ipcMode',
  'pidMode',
  'placementConstraints',
  'proxyConfiguration',
  'ephemeralStorage',
  'inferenceAccelerators',
  'volumes[].host.sourcePath',
  'volumes[].dockerVolumeConfiguration',
  'volumes[].efsVolumeConfiguration',
  'volumes[].fsxWindowsFileServerVolumeConfiguration',
  'containerDefinitions[].links',
  'containerDefinitions[].hostname',
  'containerDefinitions[].extraHosts',
  'containerDefinitions[].portMappings',
  'containerDefinitions[].portMappings[].hostPort',
  'containerDefinitions[].portMappings[].containerPortRange',
  'containerDefinitions[].privileged',
  'containerDefinitions[].linuxParameters',
  'containerDefinitions[].linuxParameters.devices',
  'containerDefinitions[].linuxParameters.sharedMemorySize',
  'containerDefinitions[].linuxParameters.maxSwap',
  'containerDefinitions[].linuxParameters.swappiness',
  'containerDefinitions[].ulimits',
  'containerDefinitions[].user',
  'containerDefinitions[].readonlyRootFilesystem',
  'containerDefinitions[].disableNetworking',
  'containerDefinitions[].dnsServers',
  'containerDefinitions[].dnsSearchDomains',
  'containerDefinitions[].dockerSecurityOptions',
  'containerDefinitions[].systemControls',
  'containerDefinitions[].firelensConfiguration',
  'containerDefinitions[].resourceRequirements',
] as const;

export type AvailabilityKey = (typeof AVAILABILITY_KEYS)[number];

const FARGATE = 'Not supported on Fargate';
const WINDOWS = 'Not supported for Windows containers';
const WINDOWS_FARGATE = 'Not supported for Windows containers on Fargate';

/**
 * Fields that cannot be used with this document's launch type, OS and network mode, keyed by
 * AvailabilityKey, each with a one-line reason. Keys absent from the result are available.
 * When several reasons apply, the first one set wins (Windows, then Fargate, then network mode).
 */
export function unavailableFields(doc: JsonObject): Record<string, string> {
  const out: Partial<Record<AvailabilityKey, string>> = {};
  const set = (key: AvailabilityKey, reason: string): void => {
    out[key] ??= reason;
  };
  const fargate = isFargate(doc);
  const windows = isWindows(doc);
  const mode = networkMode(doc);

  if (windows) {
    // RULES.md 56, 87, 93, 112 (M: "not supported for Windows containers").
    for (const key of [
      'containerDefinitions[].links',
      'containerDefinitions[].linuxParameters',
      'containerDefinitions[].ulimits',
      'containerDefinitions[].user',
      'containerDefinitions[].readonlyRootFilesystem',
      'containerDefinitions[].privileged',
      'containerDefinitions[].disableNetworking',
      'containerDefinitions[].dnsServers',
      'containerDefinitions[].dnsSearchDomains',
      'containerDefinitions[].extraHosts',
      'containerDefinitions[].systemControls',
      'ipcMode',
      'pidMode',
      'proxyConfiguration',
    ] as const)
      set(key, WINDOWS);
    // RULES.md 96: GPUs are for Linux on EC2.
    set('containerDefinitions[].resourceRequirements', 'GPUs are not supported for Windows containers');
    if (fargate) {
      // RULES.md 103, 104, 86, 113 (the 2023 guide's Windows-on-Fargate list).
      set('volumes[].efsVolumeConfiguration', WINDOWS_FARGATE);
      set('volumes[].fsxWindowsFileServerVolumeConfiguration', WINDOWS_FARGATE);
      set('containerDefinitions[].firelensConfiguration', WINDOWS_FARGATE);
    }
  } else {
    // RULES.md 104: FSx for Windows File Server volumes mount into Windows containers only.
    set('volumes[].fsxWindowsFileServerVolumeConfiguration', 'Only for Windows containers on EC2');
  }

  if (fargate) {
    set('ipcMode', FARGATE); // RULES.md 95, F24
    set('placementConstraints', FARGATE); // RULES.md 108
    set('volumes[].host.sourcePath', FARGATE); // RULES.md 100, F26
    set('volumes[].dockerVolumeConfiguration', FARGATE); // RULES.md 101
    set('containerDefinitions[].privileged', FARGATE); // RULES.md 54
    set('containerDefinitions[].dockerSecurityOptions', FARGATE); // RULES.md 53
    set('containerDefinitions[].linuxParameters.devices', FARGATE); // RULES.md 88
    set('containerDefinitions[].linuxParameters.sharedMemorySize', FARGATE);
    set('containerDefinitions[].linuxParameters.maxSwap', FARGATE); // RULES.md 90
    set('containerDefinitions[].linuxParameters.swappiness', FARGATE);
    set('containerDefinitions[].resourceRequirements', 'GPUs are not available on Fargate'); // RULES.md 96
  } else {
    // RULES.md 107: the setting expands Fargate task storage; EC2 tasks use the instance's disk.
    set('ephemeralStorage', 'Applies only to tasks on Fargate');
  }

  // RULES.md 116: Elastic Inference is retired.
  set('inferenceAccelerators', 'Deprecated: Elastic Inference accelerators are no longer available');

  if (mode === 'awsvpc') {
    set('containerDefinitions[].links', 'Links are not supported when networkMode=awsvpc'); // 31, F10
    set('containerDefinitions[].hostname', 'hostname is not supported when networkMode=awsvpc'); // 33, F11
    set('containerDefinitions[].extraHosts', 'extraHosts is not supported when networkMode=awsvpc'); // 34
    set(
      'containerDefinitions[].portMappings[].hostPort',
      'When networkMode=awsvpc, hostPort must equal containerPort (leave it empty)', // 35, F09
    );
  } else if (mode === 'host') {
    set('containerDefinitions[].links', 'Links work only when networkMode=bridge'); // 31
    set(
      'containerDefinitions[].portMappings[].hostPort',
      'When networkMode=host, hostPort must equal containerPort (leave it empty)', // 36
    );
    set(
      'containerDefinitions[].portMappings[].containerPortRange',
      'Port ranges work only when networkMode=bridge or awsvpc', // 41
    );
  } else if (mode === 'none') {
    set('containerDefinitions[].links', 'Links work only when networkMode=bridge'); // 31
    set('containerDefinitions[].portMappings', 'Port mappings are not allowed when networkMode=none'); // 37
    set(
      'containerDefinitions[].portMappings[].hostPort',
      'Port mappings are not allowed when networkMode=none',
    );
    set(
      'containerDefinitions[].portMappings[].containerPortRange',
      'Port mappings are not allowed when networkMode=none',
    );
  }
  return out;
}
