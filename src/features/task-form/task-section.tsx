// Task-level settings.
import { TagSchema, type JsonValue } from '../../domain/index.ts';
import {
  CPU_ARCHITECTURES,
  IPC_MODES,
  LAUNCH_TYPES,
  NETWORK_MODES,
  OS_FAMILIES,
  PID_MODES,
  PLACEMENT_TYPES,
  PROXY_TYPES,
} from './choices.ts';
import { useId } from 'react';
import { useProblemTextUnder, useValueAt, useWrite } from './form-store.ts';
import { describeValue } from './field-shell.tsx';
import { NumberField, SelectField, TextField } from './inputs.tsx';
import { useNameChoices } from './names.ts';
import { RowList } from './row-list.tsx';
import { TaskSize } from './task-size.tsx';

export function TaskSection(): React.JSX.Element {
  return (
    <section className="tf-section" aria-labelledby="tf-task-heading">
      <h2 id="tf-task-heading">Task</h2>
      <div className="tf-grid">
        <TextField path={['family']} label="Family" required />
        <LaunchTypes />
        <SelectField
          path={['networkMode']}
          label="Network mode"
          options={NETWORK_MODES}
          unsetLabel="(default)"
        />
        <TaskSize />
        <SelectField
          path={['runtimePlatform', 'operatingSystemFamily']}
          label="Operating system family"
          options={OS_FAMILIES}
          unsetLabel="(default: LINUX)"
        />
        <SelectField
          path={['runtimePlatform', 'cpuArchitecture']}
          label="CPU architecture"
          options={CPU_ARCHITECTURES}
          unsetLabel="(default: X86_64)"
        />
        <TextField path={['taskRoleArn']} label="Task role ARN" hint="The role your application code uses." />
        <TextField
          path={['executionRoleArn']}
          label="Execution role ARN"
          hint="The role ECS uses to pull images, write logs and read secrets."
        />
        <NumberField
          path={['ephemeralStorage', 'sizeInGiB']}
          label="Ephemeral storage (GiB)"
          min={21}
          max={200}
          hint="21-200; empty = the default 20 GiB."
        />
        <SelectField path={['pidMode']} label="PID mode" options={PID_MODES} unsetLabel="(default)" />
        <SelectField path={['ipcMode']} label="IPC mode" options={IPC_MODES} unsetLabel="(default)" />
      </div>
      <RowList
        path={['placementConstraints']}
        title="Placement constraints"
        item="placement constraint"
        newItem={() => ({ type: 'memberOf' })}
        renderRow={(p) => (
          <>
            <SelectField
              path={[...p, 'type']}
              label="Type"
              options={PLACEMENT_TYPES}
              unsetLabel="(default)"
            />
            <TextField
              path={[...p, 'expression']}
              label="Expression"
              placeholder="attribute:ecs.os-type == linux"
            />
          </>
        )}
      />
      <ProxyConfiguration />
      <RowList
        path={['tags']}
        title="Tags"
        item="tag"
        newItem={() => ({})}
        renderRow={(p) => (
          <>
            <TextField path={[...p, 'key']} label="Key" schema={TagSchema.shape.key} />
            <TextField path={[...p, 'value']} label="Value" schema={TagSchema.shape.value} />
          </>
        )}
      />
    </section>
  );
}

function LaunchTypes(): React.JSX.Element {
  const raw = useValueAt(['requiresCompatibilities']);
  const write = useWrite();
  const problemText = useProblemTextUnder('requiresCompatibilities');
  const id = useId();
  const list: readonly JsonValue[] = Array.isArray(raw) ? raw : [];
  const foreign = list.filter((v) => !LAUNCH_TYPES.some((t) => t.value === v));
  const messages = [
    ...(raw !== undefined && !Array.isArray(raw)
      ? [`Expected a list of launch types; the JSON holds ${describeValue(raw)}. Checking one replaces it.`]
      : []),
    ...(problemText === '' ? [] : problemText.split('\n')),
  ];
  const invalid = messages.length > 0 || foreign.length > 0;
  const set = (next: readonly JsonValue[]): void => {
    write(['requiresCompatibilities'], next.length > 0 ? [...next] : undefined);
  };
  return (
    <fieldset className="tf-checks">
      <legend>Launch type</legend>
      {LAUNCH_TYPES.map((t) => (
        <label key={t.value} className="tf-check">
          <input
            type="checkbox"
            data-path="requiresCompatibilities"
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-m` : undefined}
            checked={list.includes(t.value)}
            onChange={(e) => {
              set(e.target.checked ? [...list, t.value] : list.filter((v) => v !== t.value));
            }}
          />
          {t.label}
        </label>
      ))}
      <div id={`${id}-m`} className="tf-msgs">
        {foreign.map((v, i) => (
          <span key={i} className="tf-msg tf-msg-error">
            Also in the list: {JSON.stringify(v)}, not a launch type.{' '}
            <button
              type="button"
              onClick={() => {
                set(list.filter((x) => x !== v));
              }}
            >
              Remove {JSON.stringify(v)}
            </button>
          </span>
        ))}
        {messages.map((m, i) => (
          <span key={`m${i}`} className="tf-msg tf-msg-error">
            {m}
          </span>
        ))}
      </div>
    </fieldset>
  );
}

function ProxyConfiguration(): React.JSX.Element {
  const containers = useNameChoices('containerDefinitions');
  return (
    <fieldset className="tf-list">
      <legend>Proxy configuration (App Mesh)</legend>
      <SelectField
        path={['proxyConfiguration', 'type']}
        label="Proxy type"
        options={PROXY_TYPES}
        unsetLabel="(default: APPMESH)"
      />
      <SelectField
        path={['proxyConfiguration', 'containerName']}
        label="Proxy container"
        options={containers}
        unsetLabel="(none)"
      />
      <RowList
        path={['proxyConfiguration', 'properties']}
        title="Proxy properties"
        item="property"
        newItem={() => ({})}
        renderRow={(p) => (
          <>
            <TextField path={[...p, 'name']} label="Name" placeholder="IgnoredUID" />
            <TextField path={[...p, 'value']} label="Value" />
          </>
        )}
      />
    </fieldset>
  );
}
