// One container's fields. Frequent ones first; the rest in <details> groups (focusFormPath opens them).
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
import { ProblemBadge } from './row-list.tsx';

export function ContainerFields({ index }: { index: number }): React.JSX.Element {
  const p: readonly PathSegment[] = ['containerDefinitions', index];
  const under = (keys: readonly string[]): string[] => keys.map((k) => formatPath([...p, k]));
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
        <BoolField path={[...p, 'essential']} label="Essential" unsetLabel="(default: true)" />
        <NumberField path={[...p, 'cpu']} label="CPU units" min={0} />
        <NumberField path={[...p, 'memory']} label="Memory hard limit (MiB)" min={6} />
        <NumberField path={[...p, 'memoryReservation']} label="Memory reservation (MiB)" min={6} />
      </div>
      <PortMappings path={p} />
      <Environment path={p} />
      <details className="tf-more">
        <summary>
          Secrets and environment files <ProblemBadge prefixes={under(['secrets', 'environmentFiles'])} />
        </summary>
        <Secrets path={p} />
        <EnvironmentFiles path={p} />
      </details>
      <details className="tf-more">
        <summary>
          Command and entry point{' '}
          <ProblemBadge prefixes={under(['command', 'entryPoint', 'workingDirectory', 'user'])} />
        </summary>
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
      </details>
      <details className="tf-more">
        <summary>
          Logging <ProblemBadge prefixes={under(['logConfiguration'])} />
        </summary>
        <LogConfiguration path={p} />
      </details>
      <details className="tf-more">
        <summary>
          Health check <ProblemBadge prefixes={under(['healthCheck'])} />
        </summary>
        <HealthCheck path={p} />
      </details>
      <details className="tf-more">
        <summary>
          Startup order and links{' '}
          <ProblemBadge prefixes={under(['dependsOn', 'links', 'startTimeout', 'stopTimeout'])} />
        </summary>
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
      </details>
      <details className="tf-more">
        <summary>
          Storage <ProblemBadge prefixes={under(['mountPoints', 'volumesFrom', 'readonlyRootFilesystem'])} />
        </summary>
        <MountPoints path={p} />
        <VolumesFrom path={p} />
        <BoolField
          path={[...p, 'readonlyRootFilesystem']}
          label="Read-only root file system"
          unsetLabel="(default: false)"
        />
      </details>
      <details className="tf-more">
        <summary>
          Limits, labels and restarts{' '}
          <ProblemBadge prefixes={under(['ulimits', 'dockerLabels', 'restartPolicy'])} />
        </summary>
        <Ulimits path={p} />
        <KeyValueMap path={[...p, 'dockerLabels']} title="Docker labels" item="label" />
        <RestartPolicy path={p} />
      </details>
    </>
  );
}
