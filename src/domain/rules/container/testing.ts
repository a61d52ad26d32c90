// Test helpers for the container rules: small documents and a way to run one rule.
import type { JsonObject, JsonValue } from '../../json.ts';
import { getAt } from '../../path.ts';
import type { Problem } from '../../problem.ts';
import type { Rule } from '../rule.ts';

export const EXEC_ROLE = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';

/** A task with these containers (each gets an image unless it sets one). */
export function task(containerDefs: readonly JsonObject[], extra: JsonObject = {}): JsonObject {
  return {
    family: 'demo',
    containerDefinitions: containerDefs.map((c) => ({ image: 'nginx:1.27', ...c })),
    ...extra,
  };
}

/** A Fargate task (awsvpc, 0.25 vCPU / 512 MiB, with an execution role). */
export function fargate(containerDefs: readonly JsonObject[], extra: JsonObject = {}): JsonObject {
  return task(containerDefs, {
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    executionRoleArn: EXEC_ROLE,
    ...extra,
  });
}

export const WINDOWS: JsonObject = {
  runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' },
};

export function codes(rule: Rule, doc: JsonObject): string[] {
  return rule.check(doc).map((p) => p.code);
}

export function only(rule: Rule, doc: JsonObject, code: string): Problem {
  const found = rule.check(doc).filter((p) => p.code === code);
  if (found.length !== 1) throw new Error(`expected one ${code}, got ${JSON.stringify(rule.check(doc))}`);
  return found[0] as Problem;
}

/** Applies the problem's fix; throws when it has none. */
export function fixed(p: Problem, doc: JsonObject): JsonObject {
  if (!p.fix) throw new Error(`${p.code} has no fix`);
  return p.fix.apply(doc);
}

export function at(doc: JsonValue, ...path: (string | number)[]): JsonValue | undefined {
  return getAt(doc, path);
}
