// Wiring and unwiring one application container: variables, links (bridge) and dependsOn (ADOT). Add
// and remove are written side by side so that each step of remove is the inverse of the same step of add.
import { own, type JsonObject, type JsonValue } from '../json.ts';
import { arr, obj, str } from '../rules/rule.ts';
import type { SidecarKind } from './catalog.ts';
import { hasPair, type Pair, type UndoRecord } from './undo-record.ts';
import {
  OTLP_PROTOCOL,
  definesVar,
  dependsOnTo,
  envEntries,
  envFor,
  linksTo,
  removableValues,
  valueIn,
  varsOf,
  type ContainerAt,
  type WireContext,
} from './wiring.ts';

export interface Log {
  readonly changes: string[];
  readonly notes: string[];
}

type ListKey = 'environment' | 'links' | 'dependsOn';

function setKey(target: JsonObject, key: ListKey, value: JsonValue[] | undefined): void {
  if (value === undefined) Reflect.deleteProperty(target, key);
  else target[key] = value;
}

/** Appends to a list, creating it when absent; records a list that was there but empty. */
function append(app: ContainerAt, key: ListKey, items: JsonValue[], empty: Pair[], log: Log): boolean {
  const current = own(app.container, key);
  if (current !== undefined && !Array.isArray(current)) {
    log.notes.push(`'${app.name}' has a ${key} that is not a list; left as is, so it is not wired.`);
    return false;
  }
  if (current?.length === 0) empty.push([app.name, key]);
  setKey(app.container, key, [...(current ?? []), ...items]);
  return true;
}

export function wireApp(
  kind: SidecarKind,
  ctx: WireContext,
  app: ContainerAt,
  record: { keep: Pair[]; empty: Pair[] },
  log: Log,
): void {
  const c = app.container;
  const n = ctx.sidecarName;
  // What already matches stays; remember it so that remove leaves it too.
  for (const v of varsOf(kind, ctx))
    if (envEntries(c, v).some((e) => valueIn(e, removableValues(kind, ctx, v))))
      record.keep.push([app.name, `env:${v}`]);
  const refersLink = arr(own(c, 'links')).some((l) => linksTo(l, n));
  const refersDep = arr(own(c, 'dependsOn')).some((d) => dependsOnTo(d, n));
  if (refersLink) record.keep.push([app.name, 'links']);
  if (refersDep) record.keep.push([app.name, 'dependsOn']);

  const wanted = envFor(kind, ctx, c);
  // The protocol is not reported: the endpoint's port already follows the app's own choice.
  for (const v of wanted.filter((w) => w.name !== OTLP_PROTOCOL && definesVar(c, w.name))) {
    const entry = envEntries(c, v.name)[0];
    const value = entry ? (str(own(entry, 'value')) ?? '') : undefined;
    if (value !== v.value)
      log.notes.push(
        `'${app.name}' already sets ${v.name}${value !== undefined ? `=${value}` : ' (as a secret)'}; left as is (the sidecar would set ${v.value}).`,
      );
  }
  const missing = wanted.filter((w) => !definesVar(c, w.name));
  if (
    missing.length > 0 &&
    append(
      app,
      'environment',
      missing.map((w) => ({ name: w.name, value: w.value })),
      record.empty,
      log,
    )
  )
    for (const w of missing) log.changes.push(`Set ${w.name}=${w.value} on '${app.name}'`);
  if (ctx.mode === 'bridge' && !refersLink && append(app, 'links', [n], record.empty, log))
    log.changes.push(`Linked '${app.name}' to '${n}'`);
  if (
    kind === 'adot' &&
    !refersDep &&
    append(app, 'dependsOn', [{ containerName: n, condition: 'START' }], record.empty, log)
  )
    log.changes.push(`'${app.name}' now starts after '${n}' (dependsOn START)`);
}

/** Removes matching items; deletes a list it emptied unless the list was empty before add. */
function strip(
  app: ContainerAt,
  key: ListKey,
  drop: (item: JsonValue) => boolean,
  record: UndoRecord,
): number {
  const current = own(app.container, key);
  if (!Array.isArray(current)) return 0;
  const kept = current.filter((item) => !drop(item));
  const removed = current.length - kept.length;
  if (removed === 0) return 0;
  setKey(app.container, key, kept.length === 0 && !hasPair(record.empty, app.name, key) ? undefined : kept);
  return removed;
}

export function unwireApp(
  kind: SidecarKind,
  ctx: WireContext,
  app: ContainerAt,
  record: UndoRecord,
  log: Log,
): void {
  const n = ctx.sidecarName;
  const keep = (what: string) => hasPair(record.keep, app.name, what);
  const vars = varsOf(kind, ctx).filter((v) => !keep(`env:${v}`));
  const removedVars = vars.filter((v) => {
    const allowed = removableValues(kind, ctx, v);
    const drop = (e: JsonValue) => {
      const o = obj(e);
      return o !== undefined && own(o, 'name') === v && valueIn(o, allowed);
    };
    return strip(app, 'environment', drop, record) > 0;
  });
  for (const v of removedVars) log.changes.push(`Removed ${v} from '${app.name}'`);
  if (!keep('links') && strip(app, 'links', (l) => linksTo(l, n), record) > 0)
    log.changes.push(`Removed the link from '${app.name}' to '${n}'`);
  if (!keep('dependsOn') && strip(app, 'dependsOn', (d) => dependsOnTo(d, n), record) > 0)
    log.changes.push(`Removed '${app.name}' dependsOn '${n}'`);
}
