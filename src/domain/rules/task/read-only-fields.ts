// RULES.md 10 [SDK]: the read-only TaskDefinition members that describe-task-definition returns are
// not part of RegisterTaskDefinition; botocore fails with "Unknown parameter in input" (FIXTURES F33).
// Source: M:TaskDefinition compared with M:RegisterTaskDefinitionRequest; I:fabfuel/ecs-deploy#50.
import { own, type JsonObject } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { TaskDefinitionSchema } from '../../model/index.ts';
import type { Rule } from '../rule.ts';

export const READ_ONLY_FIELDS: readonly string[] = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
  'deleteRequestedAt',
];

export function stripReadOnly(doc: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const k of Object.keys(doc)) {
    if (READ_ONLY_FIELDS.includes(k)) continue;
    Object.defineProperty(out, k, { value: doc[k], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export const readOnlyFieldsRule: Rule = {
  id: 'read-only-field',
  check(doc) {
    const out: Problem[] = [];
    for (const field of READ_ONLY_FIELDS) {
      if (own(doc, field) === undefined) continue;
      out.push({
        path: field,
        severity: 'error',
        code: 'read-only-field',
        message: `Unknown parameter in input: "${field}", must be one of: ${Object.keys(TaskDefinitionSchema.shape).join(', ')}. ${field} is a read-only field of describe-task-definition output; ECS sets it, so remove it before registering.`,
        fix: { title: 'Remove read-only fields', apply: stripReadOnly },
      });
    }
    return out;
  },
};
