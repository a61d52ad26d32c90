// Accept the import's fixes one by one. The structural steps (reading the text, unwrapping, renaming
// CloudFormation properties, wrapping containers) make the input a task definition at all: they are
// required. Every other fix is optional, and `applyImportFixes` redoes the cleaning with only the
// chosen ones, so a declined fix leaves its value exactly as pasted (the problems list then reports it).
import { isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import { parsePath, setAt } from '../path.ts';
import { INTRINSIC_SOURCE } from './cloudformation.ts';
import type { FixCode } from './fix-codes.ts';
import { normalizeWith } from './normalize.ts';
import type { AppliedFix, ImportFix, ImportSuccess, InputKind } from './types.ts';

const TO_READ = 'Needed to read the text at all.';

/** Why each structural step cannot be left out. */
const REQUIRED_BECAUSE: Partial<Record<FixCode, string>> = {
  'code-fence-removed': `${TO_READ} The fence is Markdown, not part of the definition.`,
  'json-comments-removed': `${TO_READ} JSON has no comments.`,
  'json-trailing-comma-removed': `${TO_READ} JSON allows no comma before } or ].`,
  'placeholder-quoted': `${TO_READ} A bare placeholder is not a JSON value.`,
  'unwrapped-envelope':
    'The task definition is inside the recorded response: there is nothing else to import.',
  'unwrapped-describe':
    'describe-task-definition output is a response, not a task definition: the definition is what is inside it.',
  'cfn-properties':
    "RegisterTaskDefinition knows only the API's names: with CloudFormation's, nothing would be recognised.",
  'cfn-novalue': 'AWS::NoValue means the property is absent: there is no value to keep.',
  'cfn-intrinsic': 'This intrinsic function sits where only text can keep it.',
  'wrapped-container': 'A container on its own is not a task definition: it needs a task around it.',
  'wrapped-containers': 'A list of containers is not a task definition: it needs a task around it.',
};

const CLOUDFORMATION: readonly InputKind[] = ['cloudformation-template', 'cloudformation-resource'];

/**
 * The read and unwrap fixes with their ids, optional or required. A CloudFormation intrinsic is
 * optional where it can be put back as it was (`originals` receives it, by id).
 */
export function structuralFixes(
  fixes: readonly AppliedFix[],
  kind: InputKind,
  originals: Map<string, JsonValue>,
): ImportFix[] {
  const seen = new Map<string, number>();
  return fixes.map((f) => {
    const base = `${f.code}@${f.path}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const id = n === 1 ? base : `${base}#${n}`;
    const original = INTRINSIC_SOURCE.get(f);
    if (
      f.code === 'cfn-intrinsic' &&
      original !== undefined &&
      f.path !== '' &&
      CLOUDFORMATION.includes(kind)
    ) {
      originals.set(id, original);
      return { ...f, id };
    }
    if (f.code === 'tags-hoisted') return { ...f, id };
    const reason = REQUIRED_BECAUSE[f.code as FixCode] ?? 'The import cannot do without it.';
    return { ...f, id, required: reason };
  });
}

export function isOptionalFix(fix: ImportFix): boolean {
  return fix.required === undefined;
}

/** The ids of every fix that can be left out. */
export function optionalFixIds(result: ImportSuccess): string[] {
  return result.fixes.filter(isOptionalFix).map((f) => f.id);
}

/**
 * The imported document with the required steps and only the accepted optional fixes (by id; an
 * unknown id is ignored). Accepting all gives `result.document` itself. Never throws.
 */
export function applyImportFixes(result: ImportSuccess, accepted: ReadonlySet<string>): JsonObject {
  const declined = new Set<string>();
  for (const f of result.fixes) if (isOptionalFix(f) && !accepted.has(f.id)) declined.add(f.id);
  if (declined.size === 0) return result.document;
  const { base } = result;
  let doc: JsonValue = base.document;
  const verbatim = new Set<string>();
  for (const f of result.fixes) {
    if (!declined.has(f.id)) continue;
    if (f.code === 'tags-hoisted') doc = setAt(doc, ['tags'], undefined);
    const original = base.originals.get(f.id);
    if (original !== undefined) {
      doc = setAt(doc, parsePath(f.path), original);
      verbatim.add(f.path);
    }
  }
  const normalized = normalizeWith(isJsonObject(doc) ? doc : {}, {
    describe: base.describe,
    bigIntegers: base.bigIntegers,
    declined,
    verbatim,
  });
  return normalized.document;
}
