// What the form shows, as a tree, so the form can say which keys of the document it does not show
// ("Also in the JSON, not shown here: ..."). Those keys are never touched by form edits.
import { formatPath, isJsonObject, own, type JsonValue, type PathSegment } from '../../domain/index.ts';

/** `true`: the value is edited whole (a string map, a list of strings, a scalar). */
type Spec = true | { readonly keys: Readonly<Record<string, Spec>> } | { readonly items: Spec };

const leaves = (...names: string[]): Record<string, Spec> => Object.fromEntries(names.map((n) => [n, true]));
const obj = (keys: Record<string, Spec>): Spec => ({ keys });
const list = (item: Spec): Spec => ({ items: item });

const keyValue = list(obj(leaves('name', 'value')));

const CONTAINER = obj({
  ...leaves(
    'name',
    'image',
    'essential',
    'cpu',
    'memory',
    'memoryReservation',
    'command',
    'entryPoint',
    'workingDirectory',
    'user',
    'links',
    'startTimeout',
    'stopTimeout',
    'readonlyRootFilesystem',
    'dockerLabels',
  ),
  portMappings: list(obj(leaves('containerPort', 'hostPort', 'protocol', 'name', 'appProtocol'))),
  environment: keyValue,
  environmentFiles: list(obj(leaves('value', 'type'))),
  secrets: list(obj(leaves('name', 'valueFrom'))),
  logConfiguration: obj(leaves('logDriver', 'options')),
  healthCheck: obj(leaves('command', 'interval', 'timeout', 'retries', 'startPeriod')),
  dependsOn: list(obj(leaves('containerName', 'condition'))),
  mountPoints: list(obj(leaves('sourceVolume', 'containerPath', 'readOnly'))),
  volumesFrom: list(obj(leaves('sourceContainer', 'readOnly'))),
  ulimits: list(obj(leaves('name', 'softLimit', 'hardLimit'))),
  restartPolicy: obj(leaves('enabled', 'ignoredExitCodes', 'restartAttemptPeriod')),
});

const VOLUME = obj({
  name: true,
  host: obj(leaves('sourcePath')),
  dockerVolumeConfiguration: obj(leaves('scope', 'driver', 'autoprovision')),
  efsVolumeConfiguration: obj({
    ...leaves('fileSystemId', 'rootDirectory', 'transitEncryption'),
    authorizationConfig: obj(leaves('accessPointId', 'iam')),
  }),
  fsxWindowsFileServerVolumeConfiguration: obj({
    ...leaves('fileSystemId', 'rootDirectory'),
    authorizationConfig: obj(leaves('credentialsParameter', 'domain')),
  }),
});

export const FORM_SPEC: Spec = obj({
  ...leaves(
    'family',
    'requiresCompatibilities',
    'networkMode',
    'cpu',
    'memory',
    'taskRoleArn',
    'executionRoleArn',
    'pidMode',
    'ipcMode',
  ),
  runtimePlatform: obj(leaves('operatingSystemFamily', 'cpuArchitecture')),
  ephemeralStorage: obj(leaves('sizeInGiB')),
  placementConstraints: list(obj(leaves('type', 'expression'))),
  proxyConfiguration: obj({ ...leaves('type', 'containerName'), properties: keyValue }),
  tags: list(obj(leaves('key', 'value'))),
  volumes: list(VOLUME),
  containerDefinitions: list(CONTAINER),
});

/** Paths of the document's keys the form does not show, in document order. */
export function unshownKeys(doc: JsonValue, spec: Spec = FORM_SPEC): string[] {
  const out: string[] = [];
  const walk = (value: JsonValue | undefined, s: Spec, at: PathSegment[]): void => {
    if (s === true || value === undefined) return;
    if ('items' in s) {
      if (Array.isArray(value))
        value.forEach((v, i) => {
          walk(v, s.items, [...at, i]);
        });
      return;
    }
    if (!isJsonObject(value)) {
      // An object of the wrong type is not shown by any field either: say so.
      if (at.length > 0) out.push(`${formatPath(at)} (not an object)`);
      return;
    }
    for (const key of Object.keys(value)) {
      const child = Object.prototype.hasOwnProperty.call(s.keys, key) ? s.keys[key] : undefined;
      if (child === undefined) out.push(formatPath([...at, key]));
      else walk(own(value, key), child, [...at, key]);
    }
  };
  walk(doc, spec, []);
  return out;
}
