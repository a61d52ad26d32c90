// A container's row lists.
import type { PathSegment } from '../../domain/index.ts';
import { APP_PROTOCOLS, CONDITIONS, ENV_FILE_TYPES, PROTOCOLS, ULIMIT_NAMES } from './choices.ts';
import { useMemo } from 'react';
import { useValueAt } from './form-store.ts';
import { BoolField, NumberField, SelectField, TextField, type Choice } from './inputs.tsx';
import { useNameChoices } from './names.ts';
import { RowList } from './row-list.tsx';

interface ListProps {
  /** The container's path: ['containerDefinitions', i]. */
  readonly path: readonly PathSegment[];
  /** Show every row at once, however long (the list sits in a group the user opened). */
  readonly expanded?: boolean;
}

export function PortMappings({ path, expanded }: ListProps): React.JSX.Element {
  return (
    <RowList
      expanded={expanded}
      path={[...path, 'portMappings']}
      title="Port mappings"
      item="port mapping"
      newItem={() => ({})}
      renderRow={(p) => (
        <>
          <NumberField path={[...p, 'containerPort']} label="Container port" min={0} max={65535} />
          <NumberField path={[...p, 'hostPort']} label="Host port" min={0} max={65535} />
          <SelectField
            path={[...p, 'protocol']}
            label="Protocol"
            options={PROTOCOLS}
            unsetLabel="(default: tcp)"
          />
          <TextField path={[...p, 'name']} label="Port name" />
          <SelectField
            path={[...p, 'appProtocol']}
            label="App protocol"
            options={APP_PROTOCOLS}
            unsetLabel="(none)"
          />
        </>
      )}
    />
  );
}

export function Environment({ path, expanded }: ListProps): React.JSX.Element {
  return (
    <RowList
      expanded={expanded}
      path={[...path, 'environment']}
      title="Environment variables"
      item="variable"
      newItem={() => ({})}
      renderRow={(p) => (
        <>
          <TextField path={[...p, 'name']} label="Variable name" />
          <TextField path={[...p, 'value']} label="Variable value" />
        </>
      )}
    />
  );
}

export function Secrets({ path }: ListProps): React.JSX.Element {
  return (
    <RowList
      path={[...path, 'secrets']}
      title="Secrets"
      item="secret"
      newItem={() => ({})}
      renderRow={(p) => (
        <>
          <TextField path={[...p, 'name']} label="Secret variable name" required />
          <TextField
            path={[...p, 'valueFrom']}
            label="Value from (ARN)"
            required
            hint="Secrets Manager secret or SSM parameter ARN."
          />
        </>
      )}
    />
  );
}

export function EnvironmentFiles({ path }: ListProps): React.JSX.Element {
  return (
    <RowList
      path={[...path, 'environmentFiles']}
      title="Environment files"
      item="environment file"
      newItem={() => ({ type: 's3' })}
      renderRow={(p) => (
        <>
          <TextField path={[...p, 'value']} label="S3 object ARN" required />
          <SelectField path={[...p, 'type']} label="File type" options={ENV_FILE_TYPES} />
        </>
      )}
    />
  );
}

/** The other containers of the task: a container cannot depend on, or take volumes from, itself. */
function useOtherContainers(path: readonly PathSegment[]): readonly Choice[] {
  const all = useNameChoices('containerDefinitions');
  const self = useValueAt([...path, 'name']);
  return useMemo(() => all.filter((c) => c.value !== self), [all, self]);
}

export function DependsOn({ path }: ListProps): React.JSX.Element {
  const containers = useOtherContainers(path);
  return (
    <RowList
      path={[...path, 'dependsOn']}
      title="Depends on"
      item="dependency"
      newItem={() => ({ condition: 'START' })}
      renderRow={(p) => (
        <>
          <SelectField path={[...p, 'containerName']} label="Container" options={containers} />
          <SelectField path={[...p, 'condition']} label="Condition" options={CONDITIONS} />
        </>
      )}
    />
  );
}

export function MountPoints({ path }: ListProps): React.JSX.Element {
  const volumes = useNameChoices('volumes');
  return (
    <RowList
      path={[...path, 'mountPoints']}
      title="Mount points"
      item="mount point"
      newItem={() => ({})}
      renderRow={(p) => (
        <>
          <SelectField
            path={[...p, 'sourceVolume']}
            label="Source volume"
            options={volumes}
            unsetLabel="(none)"
          />
          <TextField path={[...p, 'containerPath']} label="Container path" />
          <BoolField path={[...p, 'readOnly']} label="Read only" unsetLabel="(default: false)" />
        </>
      )}
    />
  );
}

export function VolumesFrom({ path }: ListProps): React.JSX.Element {
  const containers = useOtherContainers(path);
  return (
    <RowList
      path={[...path, 'volumesFrom']}
      title="Volumes from"
      item="source container"
      newItem={() => ({})}
      renderRow={(p) => (
        <>
          <SelectField
            path={[...p, 'sourceContainer']}
            label="Source container"
            options={containers}
            unsetLabel="(none)"
          />
          <BoolField path={[...p, 'readOnly']} label="Read only" unsetLabel="(default: false)" />
        </>
      )}
    />
  );
}

export function Ulimits({ path }: ListProps): React.JSX.Element {
  return (
    <RowList
      path={[...path, 'ulimits']}
      title="Ulimits"
      item="ulimit"
      newItem={() => ({ name: 'nofile' })}
      renderRow={(p) => (
        <>
          <SelectField path={[...p, 'name']} label="Limit" options={ULIMIT_NAMES} />
          <NumberField path={[...p, 'softLimit']} label="Soft limit" />
          <NumberField path={[...p, 'hardLimit']} label="Hard limit" />
        </>
      )}
    />
  );
}
