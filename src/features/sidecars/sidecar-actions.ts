// What a click on a tracing button does, as a pure function of the document: the component only applies
// the outcome (one store update) and shows its report. Nothing here knows ECS beyond the domain's API.
import {
  addSidecar,
  hasSidecar,
  removeSidecar,
  SIDECAR_CATALOG,
  type JsonObject,
  type SidecarKind,
  type SidecarResult,
} from '../../domain/index.ts';

/** `replace`: take out the other kind and add this one, as one change (the daemon -> the collector). */
export type SidecarAction = 'add' | 'remove' | 'replace';
export type ImageSource = 'ecr-public' | 'docker-hub';

/** A note as the user reads it; a note that ends in a JSON document (the policy) has it apart. */
export interface NotePart {
  readonly text: string;
  /** Pretty-printed JSON that the note carried inline. */
  readonly json?: string;
}

export interface SidecarReport {
  readonly kind: SidecarKind;
  readonly action: SidecarAction;
  readonly summary: string;
  readonly changes: readonly string[];
  readonly notes: readonly NotePart[];
  /** The task role policy to copy, after an add. */
  readonly policy?: PolicyToCopy;
}

/** The task size a refusal offers (EC2: only the task-level values that are set). */
export interface GrowOffer {
  readonly cpu?: string;
  readonly memory?: string;
}

export interface PolicyToCopy {
  readonly name: string;
  readonly json: string;
}

export type SidecarOutcome =
  | { readonly type: 'changed'; readonly document: JsonObject; readonly report: SidecarReport }
  | { readonly type: 'unchanged'; readonly report: SidecarReport }
  | {
      readonly type: 'refused';
      readonly kind: SidecarKind;
      readonly action: SidecarAction;
      readonly message: string;
      readonly grow?: GrowOffer;
    };

/** The button's accessible name; also what the click will do. */
export function buttonLabel(kind: SidecarKind, present: boolean): string {
  const what = kind === 'xray' ? 'X-Ray sidecar' : 'OpenTelemetry collector';
  return `${present ? 'Remove' : 'Add'} ${what}`;
}

export function nextAction(doc: JsonObject, kind: SidecarKind): SidecarAction {
  return hasSidecar(doc, kind) ? 'remove' : 'add';
}

export function imageSourceOf(image: string): ImageSource {
  return image.startsWith('public.ecr.aws/') ? 'ecr-public' : 'docker-hub';
}

/** The catalog image from that registry; the default image when the catalog has none there. */
export function imageFor(kind: SidecarKind, source: ImageSource): string | undefined {
  const images = SIDECAR_CATALOG[kind].images;
  return images.find((i) => imageSourceOf(i) === source) ?? images[0];
}

/** Splits "... or this policy: {...}" into its sentence and its JSON, when the tail parses as an object. */
export function splitNote(note: string): NotePart {
  for (let at = note.indexOf('{'); at >= 0; at = note.indexOf('{', at + 1)) {
    const tail = note.slice(at);
    try {
      const value: unknown = JSON.parse(tail);
      if (typeof value === 'object' && value !== null && !Array.isArray(value))
        return { text: note.slice(0, at).trimEnd(), json: JSON.stringify(value, null, 2) };
    } catch {
      // not JSON from here; try the next brace
    }
  }
  return { text: note };
}

function policyFor(kind: SidecarKind, notes: readonly NotePart[]): PolicyToCopy {
  const policy = SIDECAR_CATALOG[kind].taskRolePolicy;
  // The note's document is the one that fits this add (the collector beside a daemon needs less).
  const inNote = notes.find((n) => n.json !== undefined && /task role/i.test(n.text))?.json;
  return { name: policy.name, json: inNote ?? JSON.stringify(policy.document, null, 2) };
}

const otherOf = (kind: SidecarKind): SidecarKind => (kind === 'xray' ? 'adot' : 'xray');

function summaryOf(kind: SidecarKind, action: SidecarAction, changed: boolean): string {
  const label = SIDECAR_CATALOG[kind].label;
  if (!changed) return `Nothing changed (${label}).`;
  if (action === 'replace') return `Replaced the ${SIDECAR_CATALOG[otherOf(kind)].label} with the ${label}.`;
  return action === 'add' ? `Added the ${label}.` : `Removed the ${label}.`;
}

/** Offered after adding the daemon: it is in maintenance, the collector is its successor. */
export function canReplace(doc: JsonObject, kind: SidecarKind): boolean {
  return hasSidecar(doc, otherOf(kind)) && !hasSidecar(doc, kind);
}

export interface RunOptions {
  readonly image?: string | undefined;
  readonly growTask?: boolean;
}

function domainResult(
  doc: JsonObject,
  kind: SidecarKind,
  action: SidecarAction,
  options: RunOptions,
): SidecarResult {
  if (action === 'remove') return removeSidecar(doc, kind);
  const addOptions = {
    ...(options.image !== undefined ? { image: options.image } : {}),
    ...(options.growTask ? { growTask: true } : {}),
  };
  if (action === 'add') return addSidecar(doc, kind, addOptions);
  if (!canReplace(doc, kind))
    return {
      ok: false,
      message: `Replacing needs the ${SIDECAR_CATALOG[otherOf(kind)].label} in the task and no ${SIDECAR_CATALOG[kind].label}.`,
    };
  const removed = removeSidecar(doc, otherOf(kind));
  if (!removed.ok) return removed;
  const added = addSidecar(removed.document, kind, addOptions);
  if (!added.ok) return added;
  return {
    ok: true,
    document: added.document,
    changes: [...removed.changes, ...added.changes],
    notes: [...removed.notes, ...added.notes],
  };
}

export function runSidecar(
  doc: JsonObject,
  kind: SidecarKind,
  action: SidecarAction,
  options: RunOptions = {},
): SidecarOutcome {
  const result = domainResult(doc, kind, action, options);
  if (!result.ok)
    return {
      type: 'refused',
      kind,
      action,
      message: result.message,
      ...(result.suggestion ? { grow: result.suggestion } : {}),
    };
  const changed = result.document !== doc;
  const notes = result.notes.map(splitNote);
  const report: SidecarReport = {
    kind,
    action,
    summary: summaryOf(kind, action, changed),
    changes: result.changes,
    notes,
    ...(action !== 'remove' && changed ? { policy: policyFor(kind, notes) } : {}),
  };
  return changed ? { type: 'changed', document: result.document, report } : { type: 'unchanged', report };
}

/** "Grow the task to 512/1024 and add" (or "Grow the task memory to 896 and add"): the size offer. */
export function growLabel(grow: GrowOffer): string {
  if (grow.cpu !== undefined && grow.memory !== undefined)
    return `Grow the task to ${grow.cpu}/${grow.memory} and add`;
  return grow.cpu !== undefined
    ? `Grow the task cpu to ${grow.cpu} and add`
    : `Grow the task memory to ${grow.memory ?? ''} and add`;
}
