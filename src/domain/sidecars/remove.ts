// removeSidecar: the inverse of addSidecar, computed from the sidecar itself (its name and ports) plus
// the undo record add left on it when the structure alone could not say (undo-record.ts).
import { cloneJson, jsonEqual, own, type JsonObject } from '../json.ts';
import { arr, networkMode, obj, str } from '../rules/rule.ts';
import { unwireApp, type Log } from './app-wiring.ts';
import { SIDECAR_CATALOG, UNDO_LABEL, type SidecarKind } from './catalog.ts';
import type { SidecarResult } from './result.ts';
import { decodeRecord } from './undo-record.ts';
import { appContainers, findSidecar, mapsXrayPort, type SidecarMode } from './wiring.ts';

export function hasSidecar(doc: JsonObject, kind: SidecarKind): boolean {
  return findSidecar(doc, kind) !== undefined;
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
