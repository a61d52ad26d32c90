// removeSidecar: the inverse of addSidecar, computed from the sidecar itself (its name and ports) plus
// the undo record add left on it when the structure alone could not say (undo-record.ts).
import { cloneJson, isJsonObject, jsonEqual, own, type JsonObject } from '../json.ts';
import { arr, containers, networkMode, obj, str } from '../rules/rule.ts';
import { unwireApp, type Log } from './app-wiring.ts';
import { SIDECAR_CATALOG, UNDO_LABEL, type SidecarKind } from './catalog.ts';
import type { SidecarResult } from './result.ts';
import { decodeRecord, encodeRecord, hasPair, type Pair } from './undo-record.ts';
import { appContainers, findSidecar, mapsXrayPort, otherKind, type SidecarMode } from './wiring.ts';

export function hasSidecar(doc: JsonObject, kind: SidecarKind): boolean {
  return findSidecar(doc, kind) !== undefined;
}

/**
 * A list that was empty before this sidecar's add and still holds the other sidecar's entries: the
 * other sidecar's remove must now know that the list was empty, or it would delete the list.
 */
function handOver(out: JsonObject, kind: SidecarKind, empty: readonly Pair[]): void {
  const other = findSidecar(out, otherKind(kind));
  if (!other) return;
  const pending = empty.filter(([name, key]) => {
    const app = containers(out).find((c) => c.name === name);
    const value = app ? own(app.container, key) : undefined;
    return Array.isArray(value) && value.length > 0;
  });
  const labels = own(other.container, 'dockerLabels') ?? {};
  if (pending.length === 0 || !isJsonObject(labels)) return;
  const { record } = decodeRecord(str(own(labels, UNDO_LABEL)));
  const merged = {
    ...record,
    empty: [...record.empty, ...pending.filter(([n, k]) => !hasPair(record.empty, n, k))],
  };
  other.container.dockerLabels = { ...labels, [UNDO_LABEL]: encodeRecord(merged) };
}

export function removeSidecar(doc: JsonObject, kind: SidecarKind): SidecarResult {
  const entry = SIDECAR_CATALOG[kind];
  const found = findSidecar(doc, kind);
  if (!found)
    return {
      ok: true,
      document: doc,
      changes: [],
      notes: [`There is no ${entry.label} in this task definition; nothing to remove.`],
    };
  const label = str(own(obj(own(found.container, 'dockerLabels')) ?? {}, UNDO_LABEL));
  const { record, readable } = decodeRecord(label);
  const declared = networkMode(doc);
  const mode: SidecarMode = declared === 'bridge' || declared === 'host' ? declared : 'awsvpc';
  const ctx = {
    mode,
    sidecarName: found.name,
    xrayReceiver: kind === 'adot' && mapsXrayPort(found.container),
  };
  const log: Log = { changes: [`Removed container '${found.name}'`], notes: [] };
  if (!readable)
    log.notes.push(`The sidecar's ${UNDO_LABEL} label is unreadable; removed what points at the sidecar.`);

  const out = cloneJson(doc);
  const list = arr(own(out, 'containerDefinitions'));
  for (const app of appContainers(doc, kind).apps) {
    const container = obj(list[app.index]);
    if (container) unwireApp(kind, ctx, { ...app, container }, record, log);
  }
  list.splice(found.index, 1);
  handOver(out, kind, record.empty);

  for (const key of ['cpu', 'memory'] as const) {
    const change = record[key];
    if (!change) continue;
    const now = own(out, key);
    if (!jsonEqual(now, change[1])) {
      log.notes.push(
        `The task ${key} was grown to ${JSON.stringify(change[1])} for the sidecar but is now ${JSON.stringify(now ?? null)}; left as is.`,
      );
      continue;
    }
    if (change[0] === null) Reflect.deleteProperty(out, key);
    else out[key] = change[0];
    log.changes.push(`Restored the task ${key} to ${JSON.stringify(change[0])}`);
  }
  if (kind === 'xray') {
    const collector = findSidecar(out, 'adot');
    if (collector && !mapsXrayPort(collector.container))
      log.notes.push(
        `The ADOT collector '${collector.name}' was added next to the daemon and has no X-Ray receiver: applications using the X-Ray SDKs now send to nothing. Remove and add the collector to have it receive them on 2000/udp.`,
      );
  }
  return { ok: true, document: out, changes: log.changes, notes: log.notes };
}
