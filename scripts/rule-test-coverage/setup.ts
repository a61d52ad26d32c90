// Loaded into every rule test file by run.ts: records, per test, which codes each rule (and the shape
// check) returned, so run.ts can tell which codes have a test that fires them and one that does not.
import { appendFileSync } from 'node:fs';
import { afterAll, expect, vi } from 'vitest';
import type { JsonObject } from '../../src/domain/json.ts';
import type { Problem } from '../../src/domain/problem.ts';
import { CONTAINER_RULES } from '../../src/domain/rules/registry-container.ts';
import { TASK_RULES } from '../../src/domain/rules/registry-task.ts';

const records: string[] = [];

function record(rule: string, problems: readonly Problem[]): void {
  const state = expect.getState();
  records.push(
    JSON.stringify({
      test: `${state.testPath ?? ''} > ${state.currentTestName ?? ''}`,
      rule,
      codes: problems.map((p) => p.code),
    }),
  );
}

for (const rule of [...TASK_RULES, ...CONTAINER_RULES]) {
  const original = rule.check.bind(rule);
  (rule as { check: (doc: JsonObject) => Problem[] }).check = (doc) => {
    const problems = original(doc);
    record(rule.id, problems);
    return problems;
  };
}

vi.mock('../../src/domain/rules/schema-problems.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/domain/rules/schema-problems.ts')>();
  return {
    ...original,
    schemaProblems: (doc: JsonObject): Problem[] => {
      const problems = original.schemaProblems(doc);
      record('schema', problems);
      return problems;
    },
  };
});

afterAll(() => {
  const out = process.env.RULE_COVERAGE_OUT;
  if (out && records.length > 0) appendFileSync(out, `${records.join('\n')}\n`);
});
