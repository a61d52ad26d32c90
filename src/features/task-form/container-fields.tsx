// One container's fields. Frequent ones first; the rest in <details> groups (focusFormPath opens them).
import { useState } from 'react';
import { formatPath, type PathSegment } from '../../domain/index.ts';
import { HealthCheck, LogConfiguration, RestartPolicy } from './container-extras.tsx';
import {
  DependsOn,
  EnvironmentFiles,
  Environment,
  MountPoints,
  PortMappings,
  Secrets,
  Ulimits,
  VolumesFrom,
} from './container-lists.tsx';
import { BoolField, LinesField, NumberField, TextField } from './inputs.tsx';
import { KeyValueMap } from './kv-map.tsx';
import { MoreGroup } from './more-group.tsx';

/**
 * `compact`: only the name and image for now (a card on a large task, until the page is idle); they
 * keep their place, so the boxes (and the focus in them) stay when the rest mounts.
 * `lazy`: mount the closed groups' fields when they are opened (a task with many containers). Such a
 * card also puts its port mappings and environment in closed groups (read once, like MoreGroup's
 * choice): pasting ten containers then mounts a few controls per card, not every row of every list.
 */
export function ContainerFields({
  index,
  lazy,
  compact,
}: {
  index: number;
  lazy: boolean;
  compact: boolean;
}): React.JSX.Element {
  const p: readonly PathSegment[] = ['containerDefinitions', index];
  return (
    <>
      <div className="tf-grid">
        <TextField path={[...p, 'name']} label="Container name" required />
        <TextField
          path={[...p, 'image']}
          label="Image"
          required
          placeholder="public.ecr.aws/nginx/nginx:latest"
        />
        {compact ? null : (
          <>
            <BoolField path={[...p, 'essential']} label="Essential" unsetLabel="(default: true)" />
            <NumberField path={[...p, 'cpu']} label="CPU units" min={0} />
            <NumberField path={[...p, 'memory']} label="Memory hard limit (MiB)" min={6} />
            <NumberField path={[...p, 'memoryReservation']} label="Memory reservation (MiB)" min={6} />
          </>
        )}
      </div>
      {compact ? null : <ContainerGroups index={index} lazy={lazy} />}
    </>
  );
}

/** The lists and closed groups below a card's first fields. */
function ContainerGroups({ index, lazy }: { index: number; lazy: boolean }): React.JSX.Element {
  const p: readonly PathSegment[] = ['containerDefinitions', index];
  const under = (keys: readonly string[]): string[] => keys.map((k) => formatPath([...p, k]));
  const [listsInGroups] = useState(lazy);
  return (
    <>
      {listsInGroups ? (
        <>
          <MoreGroup
            lazy
            prefixes={under(['portMappings'])}
            title="Port mappings"
            count={[...p, 'portMappings']}
          >
            <PortMappings path={p} expanded />
          </MoreGroup>
          <MoreGroup
            lazy
            prefixes={under(['environment'])}
            title="Environment variables"
            count={[...p, 'environment']}
          >
            <Environment path={p} expanded />
          </MoreGroup>
        </>
      ) : (
        <>
          <PortMappings path={p} />
          <Environment path={p} />
        </>
      )}
      <MoreGroup
        lazy={lazy}
        prefixes={under(['secrets', 'environmentFiles'])}
        title="Secrets and environment files"
      >
        <Secrets path={p} />
        <EnvironmentFiles path={p} />
      </MoreGroup>
      <MoreGroup
        lazy={lazy}
        prefixes={under(['command', 'entryPoint', 'workingDirectory', 'user'])}
        title="Command and entry point"
      >
        <div className="tf-grid">
          <LinesField
            path={[...p, 'command']}
            label="Command"
            hint="One argument per line, as in the exec form: no shell quoting."
          />
          <LinesField path={[...p, 'entryPoint']} label="Entry point" hint="One argument per line." />
          <TextField path={[...p, 'workingDirectory']} label="Working directory" />
          <TextField path={[...p, 'user']} label="User" hint="name, UID, or name:group" />
        </div>
      </MoreGroup>
      <MoreGroup lazy={lazy} prefixes={under(['logConfiguration'])} title="Logging">
        <LogConfiguration path={p} />
      </MoreGroup>
      <MoreGroup lazy={lazy} prefixes={under(['healthCheck'])} title="Health check">
        <HealthCheck path={p} />
      </MoreGroup>
      <MoreGroup
        lazy={lazy}
        prefixes={under(['dependsOn', 'links', 'startTimeout', 'stopTimeout'])}
        title="Startup order and links"
      >
        <DependsOn path={p} />
        <LinesField
          path={[...p, 'links']}
          label="Links"
          hint="One per line: name or name:alias (bridge mode only)."
        />
        <div className="tf-grid">
          <NumberField path={[...p, 'startTimeout']} label="Start timeout (s)" min={0} />
          <NumberField path={[...p, 'stopTimeout']} label="Stop timeout (s)" min={0} max={120} />
        </div>
      </MoreGroup>
      <MoreGroup
        lazy={lazy}
        prefixes={under(['mountPoints', 'volumesFrom', 'readonlyRootFilesystem'])}
        title="Storage"
      >
        <MountPoints path={p} />
        <VolumesFrom path={p} />
        <BoolField
          path={[...p, 'readonlyRootFilesystem']}
          label="Read-only root file system"
          unsetLabel="(default: false)"
        />
      </MoreGroup>
      <MoreGroup
        lazy={lazy}
        prefixes={under(['ulimits', 'dockerLabels', 'restartPolicy'])}
        title="Limits, labels and restarts"
      >
        <Ulimits path={p} />
        <KeyValueMap path={[...p, 'dockerLabels']} title="Docker labels" item="label" />
        <RestartPolicy path={p} />
      </MoreGroup>
    </>
  );
}
