// Task cpu and memory. On Fargate a picker that offers only the valid pairs; a value that is not one
// is shown as it is and flagged, never silently changed. The API wants strings: "1024", not 1024.
import {
  FARGATE_SIZES,
  fargateMemoryFor,
  isJsonObject,
  own,
  parseTaskCpu,
  parseTaskMemory,
  type JsonObject,
  type JsonValue,
} from '../../domain/index.ts';
import { FieldShell } from './field-shell.tsx';
import { useDocSelect, useValueAt, useWrite } from './form-store.ts';
import { TextField } from './inputs.tsx';

function onFargate(doc: JsonObject): boolean {
  const c = own(doc, 'requiresCompatibilities');
  return Array.isArray(c) && c.includes('FARGATE');
}

function onWindows(doc: JsonObject): boolean {
  const rp = own(doc, 'runtimePlatform');
  const os = isJsonObject(rp) ? own(rp, 'operatingSystemFamily') : undefined;
  return typeof os === 'string' && os.startsWith('WINDOWS');
}

const vcpu = (units: number): string => `${units / 1024} vCPU`;
const gb = (mib: number): string => `${mib / 1024} GB`;
const shown = (v: JsonValue | undefined): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** The API takes task cpu and memory as strings; a number is readable but flagged. */
const numberNote = (raw: JsonValue): string | undefined =>
  typeof raw === 'number' ? `The JSON holds the number ${raw}; ECS expects a string ("${raw}").` : undefined;

export function TaskSize(): React.JSX.Element {
  const fargate = useDocSelect(onFargate);
  if (!fargate)
    return (
      <>
        <TextField path={['cpu']} label="Task CPU" hint='CPU units ("1024") or "1 vCPU". Optional on EC2.' />
        <TextField path={['memory']} label="Task memory" hint='MiB ("2048") or "2 GB". Optional on EC2.' />
      </>
    );
  return <FargateSize />;
}

function FargateSize(): React.JSX.Element {
  const windows = useDocSelect(onWindows);
  const cpuRaw = useValueAt(['cpu']);
  const memRaw = useValueAt(['memory']);
  const write = useWrite();
  const cpuChoices = [...new Set(FARGATE_SIZES.filter((s) => !windows || s.windows).map((s) => s.cpu))];
  const cpu = parseTaskCpu(cpuRaw);
  const cpuOk = cpu !== undefined && cpuChoices.includes(cpu);
  const memChoices = cpuOk ? fargateMemoryFor(cpu, windows) : [];
  const mem = parseTaskMemory(memRaw);
  const memOk = mem !== undefined && memChoices.includes(mem);
  const cpuNote =
    cpuRaw === undefined
      ? undefined
      : cpuOk
        ? numberNote(cpuRaw)
        : `${shown(cpuRaw)} is not a Fargate CPU size${windows ? ' for Windows' : ''}; choose one of the listed sizes.`;
  const memNote =
    memRaw === undefined
      ? undefined
      : memOk
        ? numberNote(memRaw)
        : cpuOk
          ? `${shown(memRaw)} is not valid with ${vcpu(cpu)} on Fargate; choose one of the listed sizes.`
          : `${shown(memRaw)}: choose a valid CPU first, then a memory size that goes with it.`;
  return (
    <>
      <FieldShell path="cpu" label="Task CPU" valueNote={cpuNote} hint="Fargate sizes only.">
        {(c) => (
          <select
            {...c}
            value={cpuOk ? String(cpu) : cpuRaw === undefined ? '' : '__foreign__'}
            onChange={(e) => {
              if (e.target.value !== '__foreign__') write(['cpu'], e.target.value || undefined);
            }}
          >
            {cpuRaw === undefined && <option value="">(choose)</option>}
            {cpuRaw !== undefined && !cpuOk && (
              <option value="__foreign__">{`${shown(cpuRaw)} (not valid)`}</option>
            )}
            {cpuChoices.map((u) => (
              <option key={u} value={String(u)}>{`${vcpu(u)} (${u})`}</option>
            ))}
          </select>
        )}
      </FieldShell>
      <FieldShell path="memory" label="Task memory" valueNote={memNote}>
        {(c) => (
          <select
            {...c}
            value={memOk ? String(mem) : memRaw === undefined ? '' : '__foreign__'}
            onChange={(e) => {
              if (e.target.value !== '__foreign__') write(['memory'], e.target.value || undefined);
            }}
          >
            {memRaw === undefined && <option value="">(choose)</option>}
            {memRaw !== undefined && !memOk && (
              <option value="__foreign__">{`${shown(memRaw)} (not valid)`}</option>
            )}
            {memChoices.map((m) => (
              <option key={m} value={String(m)}>{`${gb(m)} (${m})`}</option>
            ))}
          </select>
        )}
      </FieldShell>
    </>
  );
}
