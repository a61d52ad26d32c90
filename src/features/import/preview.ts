// What the import dialog shows, computed from the text: what was recognised, the import's fixes (the
// required steps, and the optional ones the user may leave out), the notes, and the further repairs
// check() offers on the chosen document (each one separately selectable).
import {
  check,
  jsonEqual,
  optionalFixIds,
  sortProblems,
  importText,
  type ImportFix,
  type ImportSuccess,
  type InputKind,
  type JsonObject,
  type Problem,
  type ReadError,
} from '../../domain/index.ts';
import { formatDocument } from '../../lib/json/edits.ts';

const KIND_WORDS: Record<InputKind, string> = {
  'register-input': 'register-task-definition input',
  'describe-output': 'describe-task-definition output',
  'cloudformation-template': 'CloudFormation template',
  'cloudformation-resource': 'CloudFormation resource (AWS::ECS::TaskDefinition)',
  'container-array': 'list of container definitions',
  container: 'single container definition',
};

export function recognisedAs(kind: InputKind, format: 'json' | 'yaml'): string {
  return `${KIND_WORDS[kind]} (${format === 'json' ? 'JSON' : 'YAML'})`;
}

export interface ImportPreview {
  readonly recognised: string;
  /** The import itself: `applyImportFixes(result, accepted)` gives the document for a choice. */
  readonly result: ImportSuccess;
  /** The structural steps, always applied (each says why). */
  readonly required: readonly ImportFix[];
  /** The fixes that can be left out, in the order the import made them. */
  readonly optional: readonly ImportFix[];
  readonly notes: readonly string[];
}

export type PreviewResult = { ok: true; preview: ImportPreview } | { ok: false; error: ReadError };

export function previewImport(text: string): PreviewResult {
  const result = importText(text);
  if (!result.ok) return { ok: false, error: result.error };
  return {
    ok: true,
    preview: {
      recognised: recognisedAs(result.kind, result.format),
      result,
      required: result.fixes.filter((f) => f.required !== undefined),
      optional: result.fixes.filter((f) => f.required === undefined),
      notes: result.notes,
    },
  };
}

/** Every optional fix: the dialog's starting choice. */
export function allOptional(preview: ImportPreview): ReadonlySet<string> {
  return new Set(optionalFixIds(preview.result));
}

/**
 * Optional fixes that do nothing under the current choice: those inside describe's tags while the
 * tags are not moved into the task definition.
 */
export function inertFixes(preview: ImportPreview, accepted: ReadonlySet<string>): ReadonlySet<string> {
  const left = preview.optional.filter((f) => f.code === 'tags-hoisted' && !accepted.has(f.id));
  const inside = (f: ImportFix): boolean =>
    left.some((t) => f.path.startsWith(`${t.path}[`) || f.path.startsWith(`${t.path}.`));
  return new Set(preview.optional.filter(inside).map((f) => f.id));
}

/** How many fixes the current choice applies: every required step and each ticked fix that acts. */
export function appliedCount(preview: ImportPreview, accepted: ReadonlySet<string>): number {
  const inert = inertFixes(preview, accepted);
  return (
    preview.required.length + preview.optional.filter((f) => accepted.has(f.id) && !inert.has(f.id)).length
  );
}

/** Problems in a document that carry their own fix: offered one by one, none chosen at first. */
export function repairsFor(doc: JsonObject): Problem[] {
  try {
    return sortProblems(check(doc)).filter((p) => p.fix !== undefined);
  } catch {
    return [];
  }
}

/** A repair's identity across re-checks of a changing document. */
export function repairKey(p: Problem): string {
  return `${p.code}@${p.path}`;
}

/** The document with the chosen repairs (by key) applied in list order; one that fails is skipped. */
export function withRepairs(
  doc: JsonObject,
  repairs: readonly Problem[],
  chosen: ReadonlySet<string>,
): { document: JsonObject; applied: number; skipped: number } {
  let out = doc;
  let applied = 0;
  let skipped = 0;
  for (const p of repairs) {
    if (!chosen.has(repairKey(p)) || !p.fix) continue;
    try {
      const next = p.fix.apply(out);
      if (jsonEqual(next, out)) skipped++;
      else {
        out = next;
        applied++;
      }
    } catch {
      skipped++;
    }
  }
  return { document: out, applied, skipped };
}

/** The accept button's words: what it applies, then that it replaces the document. */
export function applyLabel(fixes: { applied: number; total: number }, repairs: number): string {
  const parts: string[] = [];
  if (fixes.total > 0)
    parts.push(`${fixes.applied} of ${fixes.total} ${fixes.total === 1 ? 'fix' : 'fixes'}`);
  if (repairs > 0) parts.push(`${repairs} ${repairs === 1 ? 'repair' : 'repairs'}`);
  return parts.length === 0 ? 'Replace document' : `Apply ${parts.join(' and ')} and replace document`;
}

/** The document as the JSON pane will show it once applied. */
export function afterText(doc: JsonObject): string {
  return formatDocument(doc);
}
