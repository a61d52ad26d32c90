// Task volumes: a name and one kind (bind mount, Docker volume, EFS, FSx for Windows).
import {
  formatPath,
  getAt,
  isJsonObject,
  own,
  setAt,
  type JsonObject,
  type JsonValue,
  type PathSegment,
} from '../../domain/index.ts';
import { ENABLED_DISABLED, IAM, SCOPES } from './choices.ts';
import { FieldShell } from './field-shell.tsx';
import { useDocSelect, useFormContext, useUnavailableReason } from './form-store.ts';
import { BoolField, SelectField, TextField } from './inputs.tsx';
import { RowList } from './row-list.tsx';

const KINDS = [
  { value: 'bind', key: undefined, label: 'Bind mount' },
  { value: 'docker', key: 'dockerVolumeConfiguration', label: 'Docker volume' },
  { value: 'efs', key: 'efsVolumeConfiguration', label: 'Amazon EFS' },
  { value: 'fsx', key: 'fsxWindowsFileServerVolumeConfiguration', label: 'FSx for Windows File Server' },
] as const;
type Kind = (typeof KINDS)[number]['value'] | 'other';
const KIND_KEYS = ['host', ...KINDS.flatMap((k) => (k.key ? [k.key] : []))];
/** Volume kinds the form does not edit: shown as "other", left as they are. */
const OTHER_KEYS = ['s3filesVolumeConfiguration', 'configuredAtLaunch'];

function kindOf(volume: JsonObject | undefined): Kind {
  if (!volume) return 'bind';
  for (const k of KINDS) if (k.key && own(volume, k.key) !== undefined) return k.value;
  if (OTHER_KEYS.some((k) => own(volume, k) !== undefined)) return 'other';
  return 'bind';
}

function uniqueVolumeName(list: readonly JsonValue[]): string {
  const taken = new Set(list.map((v) => (isJsonObject(v) ? own(v, 'name') : undefined)));
  let n = list.length + 1;
  while (taken.has(`volume-${n}`)) n++;
  return `volume-${n}`;
}

export function VolumesSection(): React.JSX.Element {
  return (
    <section className="tf-section" aria-labelledby="tf-volumes-heading">
      <h2 id="tf-volumes-heading">Volumes</h2>
      <RowList
        path={['volumes']}
        title="Volumes"
        item="volume"
        newItem={(list) => ({ name: uniqueVolumeName(list) })}
        renderRow={(p) => <VolumeRow path={p} />}
      />
    </section>
  );
}

function VolumeRow({ path }: { path: readonly PathSegment[] }): React.JSX.Element {
  const { store } = useFormContext();
  const at = (key: string): string => formatPath([...path, key]);
  // A kind this task cannot use stays listed, disabled, with the reason in its label.
  const reasons: Partial<Record<string, string>> = {
    dockerVolumeConfiguration: useUnavailableReason(at('dockerVolumeConfiguration')),
    efsVolumeConfiguration: useUnavailableReason(at('efsVolumeConfiguration')),
    fsxWindowsFileServerVolumeConfiguration: useUnavailableReason(
      at('fsxWindowsFileServerVolumeConfiguration'),
    ),
  };
  const kind = useDocSelect((doc) => {
    const v = getAt(doc, path);
    return kindOf(isJsonObject(v) ? v : undefined);
  });
  const setKind = (next: Kind): void => {
    const doc = store.get().value;
    const volume = getAt(doc, path);
    if (!isJsonObject(volume) || next === 'other') return;
    const out: JsonObject = {};
    for (const k of Object.keys(volume)) {
      const v = volume[k];
      if (!KIND_KEYS.includes(k) && v !== undefined)
        Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
    const key = KINDS.find((k) => k.value === next)?.key;
    if (key) out[key] = {};
    store.set(setAt(doc, path, out) as JsonObject, 'form');
  };
  return (
    <>
      <TextField path={[...path, 'name']} label="Volume name" required />
      <FieldShell
        path={formatPath([...path, 'kind'])}
        noDataPath
        label="Kind"
        valueNote={
          kind === 'other'
            ? 'This volume uses a kind the form does not edit; change it in the JSON.'
            : undefined
        }
      >
        {(c) => (
          <select
            {...c}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
            }}
          >
            {KINDS.map((k) => {
              const why = k.key ? reasons[k.key] : undefined;
              return (
                <option key={k.value} value={k.value} disabled={why !== undefined && kind !== k.value}>
                  {why !== undefined ? `${k.label} (${why})` : k.label}
                </option>
              );
            })}
            {kind === 'other' && <option value="other">Other (edit in the JSON)</option>}
          </select>
        )}
      </FieldShell>
      {kind === 'bind' && (
        <TextField
          path={[...path, 'host', 'sourcePath']}
          label="Source path on the host"
          hint="Empty: Docker picks the path (and on Fargate the volume lives as long as the task)."
        />
      )}
      {kind === 'docker' && <DockerVolume path={[...path, 'dockerVolumeConfiguration']} />}
      {kind === 'efs' && <EfsVolume path={[...path, 'efsVolumeConfiguration']} />}
      {kind === 'fsx' && <FsxVolume path={[...path, 'fsxWindowsFileServerVolumeConfiguration']} />}
    </>
  );
}

function DockerVolume({ path }: { path: readonly PathSegment[] }): React.JSX.Element {
  return (
    <>
      <SelectField path={[...path, 'scope']} label="Scope" options={SCOPES} unsetLabel="(default: task)" />
      <TextField path={[...path, 'driver']} label="Driver" placeholder="local" />
      <BoolField path={[...path, 'autoprovision']} label="Autoprovision" unsetLabel="(default: false)" />
    </>
  );
}

function EfsVolume({ path }: { path: readonly PathSegment[] }): React.JSX.Element {
  return (
    <>
      <TextField path={[...path, 'fileSystemId']} label="File system ID" placeholder="fs-0123456789abcdef0" />
      <TextField path={[...path, 'rootDirectory']} label="Root directory" placeholder="/" />
      <SelectField
        path={[...path, 'transitEncryption']}
        label="Transit encryption"
        options={ENABLED_DISABLED}
        unsetLabel="(default: DISABLED)"
      />
      <TextField path={[...path, 'authorizationConfig', 'accessPointId']} label="Access point ID" />
      <SelectField
        path={[...path, 'authorizationConfig', 'iam']}
        label="IAM authorization"
        options={IAM}
        unsetLabel="(default: DISABLED)"
      />
    </>
  );
}

function FsxVolume({ path }: { path: readonly PathSegment[] }): React.JSX.Element {
  return (
    <>
      <TextField path={[...path, 'fileSystemId']} label="File system ID" placeholder="fs-0123456789abcdef0" />
      <TextField path={[...path, 'rootDirectory']} label="Root directory" />
      <TextField
        path={[...path, 'authorizationConfig', 'credentialsParameter']}
        label="Credentials parameter (ARN)"
      />
      <TextField path={[...path, 'authorizationConfig', 'domain']} label="Domain" />
    </>
  );
}
