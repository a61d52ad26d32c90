// check(): everything the editor knows about a document, in one sorted list. The shape (zod model)
// first, then every rule; a rule that throws is reported, never allowed to break the check.
import { isJsonObject, type JsonObject } from './json.ts';
import { sortProblems, type Problem } from './problem.ts';
import { CONTAINER_RULES } from './rules/registry-container.ts';
import { TASK_RULES } from './rules/registry-task.ts';
import type { Rule } from './rules/rule.ts';
import { schemaProblems } from './rules/schema-problems.ts';

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

function run(rule: Rule, doc: JsonObject, out: Problem[]): void {
  try {
    for (const p of rule.check(doc)) out.push(p);
  } catch (error) {
    out.push({
      path: '',
      severity: 'warning',
      code: 'internal-rule-error',
      message: `The rule "${rule.id}" failed on this document (${error instanceof Error ? error.message : String(error)}); its findings are missing. Please report this as a bug in the editor.`,
    });
  }
}

/** Every problem in the document: schema problems, then the task and container rules, sorted. */
export function check(doc: unknown, rules: readonly Rule[] = [...TASK_RULES, ...CONTAINER_RULES]): Problem[] {
  if (!isJsonObject(doc))
    return [
      {
        path: '',
        severity: 'error',
        code: 'not-an-object',
        message: `A task definition is a JSON object ({ "family": ..., "containerDefinitions": [...] }), but this document is ${describe(doc)}.${Array.isArray(doc) ? ' If it is a list of container definitions, put it under "containerDefinitions" in an object with a "family".' : ''}`,
      },
    ];
  const out: Problem[] = [];
  try {
    for (const p of schemaProblems(doc)) out.push(p);
  } catch (error) {
    run(
      {
        id: 'schema',
        check: () => {
          throw error;
        },
      },
      doc,
      out,
    );
  }
  for (const rule of rules) run(rule, doc, out);
  const seen = new Set<string>();
  const unique = explainWrapped(out).filter((p) => {
    const key = `${p.severity}\u0000${p.path}\u0000${p.code}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return sortProblems(unique);
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Root keys whose wrapper problem (describe output, a recorded response, CloudFormation) has a fix. */
const WRAPPERS = new Set(['taskDefinition', 'data', 'Resources', 'Properties']);

/**
 * A pasted wrapper ({"taskDefinition": ...}, a CloudFormation template) also makes the root's family
 * and containerDefinitions "missing", though both are there, one level down. Those messages keep
 * ECS's words and say where the values are, so "Family can not be blank" under a family the user can
 * see in the JSON is not the last word.
 */
function explainWrapped(problems: readonly Problem[]): Problem[] {
  const wrapper = problems.find(
    (p) => p.code === 'unknown-parameter' && p.fix !== undefined && WRAPPERS.has(p.path),
  );
  if (!wrapper) return [...problems];
  const note = ` The document is wrapped: this is inside "${wrapper.path}" (${wrapper.fix?.title ?? 'unwrap it'}).`;
  return problems.map((p) =>
    (p.code === 'family-missing' && p.path === 'family') ||
    (p.code === 'missing-required' && p.path === 'containerDefinitions')
      ? { ...p, message: p.message + note }
      : p,
  );
}
