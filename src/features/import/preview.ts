// What the import dialog shows, computed from the text: what was recognised, the import's fixes and
// notes, and the further repairs check() offers on the result (each one separately selectable).
import {
  check,
  exportJson,
  importText,
  jsonEqual,
  sortProblems,
  type AppliedFix,
  type InputKind,
  type JsonObject,
  type Problem,
  type ReadError,
} from '../../domain/index.ts';

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
  /** The imported document: every import fix applied (they come as one). */
  readonly document: JsonObject;
  readonly fixes: readonly AppliedFix[];
  readonly notes: readonly string[];
  /** Problems in the imported document that carry their own fix: offered one by one. */
  readonly repairs: readonly Problem[];
}

export type PreviewResult = { ok: true; preview: ImportPreview } | { ok: false; error: ReadError };

export function previewImport(text: string): PreviewResult {
  const result = importText(text);
  if (!result.ok) return { ok: false, error: result.error };
  let repairs: Problem[] = [];
  try {
    repairs = sortProblems(check(result.document)).filter((p) => p.fix !== undefined);
  } catch {
    repairs = [];
  }
  return {
    ok: true,
    preview: {
      recognised: recognisedAs(result.kind, result.format),
      document: result.document,
      fixes: result.fixes,
      notes: result.notes,
      repairs,
    },
  };
}

/** The imported document with the chosen repairs applied in list order; one that fails is skipped. */
export function withRepairs(
  doc: JsonObject,
  repairs: readonly Problem[],
  chosen: ReadonlySet<number>,
): { document: JsonObject; skipped: number } {
  let out = doc;
  let skipped = 0;
  repairs.forEach((p, i) => {
    if (!chosen.has(i) || !p.fix) return;
    try {
      const next = p.fix.apply(out);
      if (jsonEqual(next, out)) skipped++;
      else out = next;
    } catch {
      skipped++;
    }
  });
  return { document: out, skipped };
}

export function afterText(doc: JsonObject): string {
  return exportJson(doc);
}
