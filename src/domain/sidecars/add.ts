// addSidecar: one click adds the tracing sidecar and wires every application container to it.
import { cloneJson, own, type JsonObject } from '../json.ts';
import { parseTaskCpu, parseTaskMemory } from '../fargate.ts';
import { arr, containers, isWindows, networkMode, obj, str } from '../rules/rule.ts';
import { wireApp, type Log } from './app-wiring.ts';
import { sidecarBudget } from './budget.ts';
import { SIDECAR_CATALOG, SIDECAR_RESOURCES, UNDO_LABEL, type SidecarKind } from './catalog.ts';
import { unwiredContainers } from './late-wiring.ts';
import { addNotes } from './notes.ts';
import type { SidecarOptions, SidecarResult } from './result.ts';
import { awslogsFrom, buildSidecar, listenPorts, type ListenPort } from './sidecar-container.ts';
import { encodeRecord, isEmptyRecord, type Pair, type SizeChange } from './undo-record.ts';
import { appContainers, findSidecar, mapsXrayPort, type SidecarMode } from './wiring.ts';

const MAX_CONTAINERS = 10; // RULES.md 3

const refuse = (message: string): SidecarResult => ({ ok: false, message });

function modeOf(doc: JsonObject, label: string): { mode: SidecarMode } | { refusal: string } {
  if (isWindows(doc))
    return {
      refusal: `The ${label} image is Linux-only, and a task holds either Linux or Windows containers (RULES.md 113); links are not supported on Windows either (RULES.md 31).`,
    };
  const mode = networkMode(doc);
  if (mode === 'bridge' || mode === 'awsvpc' || mode === 'host') return { mode };
  if (mode === 'none')
    return {
      refusal: `networkMode is "none": the task has no network, so the application containers cannot reach a ${label}. Choose bridge, awsvpc or host first.`,
    };
  return {
    refusal: `networkMode "${mode}" is not one of bridge, host, awsvpc, none; fix it before adding the ${label}.`,
  };
}

/** In awsvpc and host mode all containers share one network namespace: a port can be bound only once. */
function portConflict(doc: JsonObject, mode: SidecarMode, ports: readonly ListenPort[]): string | undefined {
  if (mode === 'bridge') return undefined;
  for (const ref of containers(doc))
    for (const m of arr(own(ref.container, 'portMappings'))) {
      const o = obj(m);
      if (!o) continue;
      const protocol = str(own(o, 'protocol')) ?? 'tcp';
      const hit = ports.find(
        (p) =>
          p.protocol === protocol && (own(o, 'containerPort') === p.port || own(o, 'hostPort') === p.port),
      );
      if (hit)
        return `Port ${hit.port}/${hit.protocol} (${hit.role}) is already used by container '${ref.name ?? ref.path}', and in ${mode} mode all containers share one network namespace. Free the port first.`;
    }
  return undefined;
}

export function addSidecar(doc: JsonObject, kind: SidecarKind, options: SidecarOptions = {}): SidecarResult {
  const entry = SIDECAR_CATALOG[kind];
  const present = findSidecar(doc, kind);
  if (present) {
    // Adding again stays a no-op (idempotent), but says which containers the sidecar does not reach.
    const unwired = unwiredContainers(doc).filter((u) => u.kind === kind);
    return {
      ok: true,
      document: doc,
      changes: [],
      notes: [
        `The ${entry.label} is already present (container '${present.name}'); nothing changed.`,
        ...(unwired.length > 0
          ? [
              `Not wired to it: ${unwired.map((u) => `'${u.name}'`).join(', ')} (added after it?). The problem sidecar-not-wired offers a fix that wires each as adding the sidecar does.`,
            ]
          : []),
      ],
    };
  }
  const image = (options.image ?? entry.images[0] ?? '').trim();
  if (image === '') return refuse('The image must not be empty.');
  if (containers(doc).length === 0)
    return refuse(`There is no container to trace; add the application first.`);
  if (containers(doc).length >= MAX_CONTAINERS)
    return refuse(
      `A task definition holds at most ${MAX_CONTAINERS} containers (RULES.md 3); this one is full.`,
    );
  const modeOrRefusal = modeOf(doc, entry.label);
  if ('refusal' in modeOrRefusal) return refuse(modeOrRefusal.refusal);
  const { mode } = modeOrRefusal;
  const daemon = findSidecar(doc, 'xray');
  const collector = findSidecar(doc, 'adot');
  if (kind === 'xray' && collector && mapsXrayPort(collector.container))
    return refuse(
      `The ADOT collector '${collector.name}' already receives X-Ray SDK segments on 2000/udp, so the daemon would receive nothing (and in awsvpc or host mode could not bind the port). Keep the collector, or remove it first.`,
    );
  const xrayReceiver = kind === 'adot' && daemon === undefined;
  const conflict = portConflict(doc, mode, listenPorts(kind, xrayReceiver));
  if (conflict) return refuse(conflict);
  const { apps, skipped } = appContainers(doc, kind);
  if (apps.length === 0) return refuse('No application container has a valid name to wire to the sidecar.');

  const res = SIDECAR_RESOURCES[kind];
  const budget = sidecarBudget(doc, entry.label, res.cpu, res.memoryReservation);
  const before = { cpu: own(doc, 'cpu'), memory: own(doc, 'memory') };
  const sizes: { cpu?: SizeChange; memory?: SizeChange } = {};
  const log: Log = { changes: [], notes: [] };
  if (!budget.fits) {
    const grow = budget.grow;
    if (!options.growTask || !grow) {
      const cpu = grow?.cpu ?? parseTaskCpu(before.cpu);
      const memory = grow?.memory ?? parseTaskMemory(before.memory);
      const suggestion =
        grow && (cpu !== undefined || memory !== undefined)
          ? {
              ...(cpu !== undefined ? { cpu: String(cpu) } : {}),
              ...(memory !== undefined ? { memory: String(memory) } : {}),
            }
          : undefined;
      return { ok: false, message: budget.message, ...(suggestion ? { suggestion } : {}) };
    }
    if (grow.cpu !== undefined && grow.cpu !== parseTaskCpu(before.cpu))
      sizes.cpu = [before.cpu ?? null, String(grow.cpu)];
    if (grow.memory !== undefined && grow.memory !== parseTaskMemory(before.memory))
      sizes.memory = [before.memory ?? null, String(grow.memory)];
  }

  const out = cloneJson(doc);
  for (const key of ['cpu', 'memory'] as const) {
    const change = sizes[key];
    if (!change) continue;
    out[key] = change[1];
    log.changes.push(
      `Grew the task ${key} from ${change[0] === null ? '(none)' : JSON.stringify(change[0])} to ${JSON.stringify(change[1])} so the sidecar fits`,
    );
  }
  const list = arr(own(out, 'containerDefinitions'));
  const record: { keep: Pair[]; empty: Pair[] } = { keep: [], empty: [] };
  const ctx = { mode, sidecarName: entry.containerName, xrayReceiver };
  for (const app of apps) {
    const container = obj(list[app.index]);
    if (container) wireApp(kind, ctx, { ...app, container }, record, log);
  }
  const sidecar = buildSidecar(kind, {
    image,
    mode,
    xrayReceiver,
    logOptions: awslogsFrom(apps, entry.containerName),
  });
  const undo = { ...record, ...sizes };
  if (!isEmptyRecord(undo)) sidecar.dockerLabels = { [UNDO_LABEL]: encodeRecord(undo) };
  list.push(sidecar);
  out.containerDefinitions = list;
  log.changes.unshift(
    `Added container '${entry.containerName}' (${image}, cpu ${res.cpu}, memoryReservation ${res.memoryReservation}, essential false)`,
  );
  const notes = [
    ...addNotes(doc, kind, { mode, xrayReceiver, skipped, undo: !isEmptyRecord(undo), image }),
    ...log.notes,
  ];
  return { ok: true, document: out, changes: log.changes, notes };
}
