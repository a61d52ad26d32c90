// Containers added after a sidecar are not wired to it: addSidecar wires only the containers present at
// the time. This finds them and wires one exactly as addSidecar would (the same wireApp), then updates the
// sidecar's undo record so that removeSidecar still restores the document exactly: removing the sidecar
// after this wiring gives what removing it before would have given (see docs/sidecars.md).
import { cloneJson, isJsonObject, jsonEqual, own, type JsonObject } from '../json.ts';
import { arr, isWindows, networkMode, obj, str } from '../rules/rule.ts';
import { wireApp, type Log } from './app-wiring.ts';
import { SIDECAR_KINDS, UNDO_LABEL, type SidecarKind } from './catalog.ts';
import { decodeRecord, encodeRecord, isEmptyRecord, type Pair, type UndoRecord } from './undo-record.ts';
import {
  appContainers,
  dependsOnTo,
  envEntries,
  findSidecar,
  linksTo,
  mapsXrayPort,
  removableValues,
  valueIn,
  varsOf,
  type ContainerAt,
  type SidecarMode,
  type WireContext,
} from './wiring.ts';

export interface UnwiredContainer {
  readonly kind: SidecarKind;
  /** Index in containerDefinitions. */
  readonly index: number;
  readonly name: string;
  /** The sidecar container's name (the catalog name, or the name of a container running its image). */
  readonly sidecarName: string;
  /** What wiring it would change, one line each, as addSidecar words its changes. */
  readonly changes: readonly string[];
}

const LIST_KEYS = ['environment', 'links', 'dependsOn'] as const;
type ListKey = (typeof LIST_KEYS)[number];

/** The context add used for this sidecar, read back from the document; undefined when add would refuse. */
function contextFor(doc: JsonObject, sidecar: ContainerAt, kind: SidecarKind): WireContext | undefined {
  if (isWindows(doc)) return undefined;
  const declared = networkMode(doc);
  if (declared !== 'bridge' && declared !== 'awsvpc' && declared !== 'host') return undefined;
  const mode: SidecarMode = declared;
  return {
    mode,
    sidecarName: sidecar.name,
    xrayReceiver: kind === 'adot' && mapsXrayPort(sidecar.container),
  };
}

function wireCopy(
  kind: SidecarKind,
  ctx: WireContext,
  app: ContainerAt,
): { container: JsonObject; log: Log } {
  const container = cloneJson(app.container);
  const log: Log = { changes: [], notes: [] };
  wireApp(kind, ctx, { ...app, container }, { keep: [], empty: [] }, log);
  return { container, log };
}

/**
 * Wired by its author: the container already reaches this sidecar (depends on it, links to it, or sets
 * one of its variables to the sidecar's address), so it is not one "added after" the sidecar, even where
 * it sets fewer variables than add would (AWS's ADOT examples give apps only the X-Ray address). In
 * bridge mode the link is required: without it the sidecar's name does not resolve.
 */
function wiredByHand(kind: SidecarKind, ctx: WireContext, app: ContainerAt): boolean {
  const c = app.container;
  const n = ctx.sidecarName;
  const link = arr(own(c, 'links')).some((l) => linksTo(l, n));
  if (ctx.mode === 'bridge') return link;
  if (link || arr(own(c, 'dependsOn')).some((d) => dependsOnTo(d, n))) return true;
  return varsOf(kind, ctx).some((v) =>
    envEntries(c, v).some((e) => valueIn(e, removableValues(kind, ctx, v))),
  );
}

/** Every application container that is not (fully) wired to a sidecar present in the document. */
export function unwiredContainers(doc: JsonObject): UnwiredContainer[] {
  const out: UnwiredContainer[] = [];
  for (const kind of SIDECAR_KINDS) {
    const sidecar = findSidecar(doc, kind);
    const ctx = sidecar && contextFor(doc, sidecar, kind);
    if (!sidecar || !ctx) continue;
    for (const app of appContainers(doc, kind).apps) {
      if (wiredByHand(kind, ctx, app)) continue;
      const { container, log } = wireCopy(kind, ctx, app);
      if (log.changes.length > 0 && !jsonEqual(container, app.container))
        out.push({ kind, index: app.index, name: app.name, sidecarName: sidecar.name, changes: log.changes });
    }
  }
  return out.sort((a, b) => a.index - b.index || a.kind.localeCompare(b.kind));
}

/** What the wiring did to each list of the container: created it, appended to an empty one, or to items. */
function touchedLists(
  before: JsonObject,
  after: JsonObject,
): { key: ListKey; was: 'absent' | 'empty' | 'items' }[] {
  const out: { key: ListKey; was: 'absent' | 'empty' | 'items' }[] = [];
  for (const key of LIST_KEYS) {
    const was = own(before, key);
    if (jsonEqual(was ?? null, own(after, key) ?? null)) continue;
    out.push({ key, was: was === undefined ? 'absent' : arr(was).length === 0 ? 'empty' : 'items' });
  }
  return out;
}

/**
 * A sidecar's record after wiring `name` (`own`: to this sidecar). A list the wiring created must not
 * survive remove, in either sidecar's record (no stale `empty`); a list that was empty must (`empty`);
 * what the wiring added must go on remove (no `keep`). A list that already held items, and whatever
 * already pointed at the sidecar, are left to the record as it was: remove already treats them.
 */
function updatedRecord(
  record: UndoRecord,
  own_: boolean,
  name: string,
  before: JsonObject,
  after: JsonObject,
): UndoRecord {
  let keep: Pair[] = [...record.keep];
  let empty: Pair[] = [...record.empty];
  const drop = (list: Pair[], what: string) => list.filter(([c, w]) => !(c === name && w === what));
  for (const { key, was } of touchedLists(before, after)) {
    if (was === 'absent') empty = drop(empty, key);
    if (!own_) continue;
    if (was === 'empty' && !empty.some(([c, w]) => c === name && w === key)) empty.push([name, key]);
    if (key !== 'environment') {
      keep = drop(keep, key);
      continue;
    }
    for (const entry of arr(own(after, key)).slice(arr(own(before, key)).length)) {
      const v = str(own(obj(entry) ?? {}, 'name'));
      if (v !== undefined) keep = drop(keep, `env:${v}`);
    }
  }
  return { ...record, keep, empty };
}

function writeRecord(sidecar: JsonObject, record: UndoRecord): void {
  const labels = own(sidecar, 'dockerLabels');
  const base: JsonObject = isJsonObject(labels) ? { ...labels } : {};
  if (isEmptyRecord(record)) Reflect.deleteProperty(base, UNDO_LABEL);
  else base[UNDO_LABEL] = encodeRecord(record);
  if (Object.keys(base).length > 0) sidecar.dockerLabels = base;
  else Reflect.deleteProperty(sidecar, 'dockerLabels');
}

/**
 * Wires containerDefinitions[index] to the `kind` sidecar as addSidecar would. Returns the document
 * unchanged when there is nothing to wire (no such sidecar or container, or the container is wired).
 */
export function wireLateContainer(doc: JsonObject, kind: SidecarKind, index: number): JsonObject {
  const found = unwiredContainers(doc).find((u) => u.kind === kind && u.index === index);
  const sidecar = findSidecar(doc, kind);
  const ctx = sidecar && contextFor(doc, sidecar, kind);
  const app = appContainers(doc, kind).apps.find((a) => a.index === index);
  if (!found || !sidecar || !ctx || !app) return doc;
  const { container } = wireCopy(kind, ctx, app);
  const out = cloneJson(doc);
  const list = arr(own(out, 'containerDefinitions'));
  list[index] = container;
  for (const k of SIDECAR_KINDS) {
    const holder = findSidecar(doc, k);
    const target = holder && obj(list[holder.index]);
    if (!target) continue;
    const { record, readable } = decodeRecord(str(own(obj(own(target, 'dockerLabels')) ?? {}, UNDO_LABEL)));
    // An unreadable record is left as it is: remove already reports it and falls back to the structure.
    if (!readable) continue;
    const next = updatedRecord(record, k === kind, app.name, app.container, container);
    if (encodeRecord(next) !== encodeRecord(record)) writeRecord(target, next);
  }
  return out;
}
