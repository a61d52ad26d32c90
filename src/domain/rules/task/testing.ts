// Small documents for the rule tests (no test framework here, so the domain build stays clean).
import type { JsonObject } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import type { Rule } from '../rule.ts';

export const app = (over: JsonObject = {}): JsonObject => ({
  name: 'app',
  image: 'nginx:1.27',
  memory: 512,
  ...over,
});

export function ec2(containerDefinitions: JsonObject[], extra: JsonObject = {}): JsonObject {
  return { family: 'web', containerDefinitions, ...extra };
}

export function fargate(containerDefinitions: JsonObject[], extra: JsonObject = {}): JsonObject {
  return {
    family: 'web',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    containerDefinitions,
    ...extra,
  };
}

export function codes(rule: Rule, doc: JsonObject): string[] {
  return rule.check(doc).map((p) => p.code);
}

/** The single problem with `code`; throws when there is none or more than one. */
export function one(rule: Rule, doc: JsonObject, code: string): Problem {
  const found = rule.check(doc).filter((p) => p.code === code);
  const [first] = found;
  if (found.length !== 1 || first === undefined) throw new Error(`expected one ${code}, got ${found.length}`);
  return first;
}

/** Applies the problem's fix; throws when it has none. */
export function applyFix(problem: Problem, doc: JsonObject): JsonObject {
  if (!problem.fix) throw new Error(`${problem.code} has no fix`);
  return problem.fix.apply(doc);
}
