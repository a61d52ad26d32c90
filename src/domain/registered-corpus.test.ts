// A document ECS accepted must never get an error. These corpus files are describe-task-definition
// output of registered task definitions (MANIFEST: "recorded real DescribeTaskDefinition API response",
// "console/describe export", "describe output with read-only keys stripped"). Imported as the Import
// dialog does, none has an error; checked as pasted, the only errors are the describe leftovers that
// import and Fix all remove (read-only fields, the response's wrapper), never a rule about the task.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from './check.ts';
import { fixAll } from './fix-all.ts';
import { importText } from './import/index.ts';
import { isJsonObject } from './json.ts';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);

const REGISTERED = [
  'AGHCampus__server__.aws__task-definition.json',
  'CxSci__atlas-of-opportunity__.github__workflows__.aws__task-definition.json',
  'cloud-custodian__cloud-custodian__tests__data__placebo__test_ecs_service_update_definition__ecs.DescribeTaskDefinition_1.json',
  'cloud-custodian__cloud-custodian__tests__data__placebo__test_ecs_task_def_delete_permanently__ecs.DescribeTaskDefinition_1.json',
  'cloud-custodian__cloud-custodian__tests__data__placebo__test_ecs_task_def_tags__ecs.DescribeTaskDefinition_1.json',
];

/** Codes for what describe output carries that register input may not: removed by import and Fix all. */
const DESCRIBE_LEFTOVERS = new Set([
  'read-only-field',
  'unknown-parameter',
  'missing-required',
  'family-missing',
]);

describe('registered task definitions from the corpus', () => {
  it.each(REGISTERED)('%s: imported, no error', (name) => {
    const r = importText(readFileSync(new URL(name, CORPUS), 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    expect(check(r.document).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each(REGISTERED)('%s: pasted as is, only describe leftovers, and Fix all clears them', (name) => {
    const raw: unknown = JSON.parse(readFileSync(new URL(name, CORPUS), 'utf8'));
    if (!isJsonObject(raw)) throw new Error('not an object');
    const errors = check(raw).filter((p) => p.severity === 'error');
    expect(errors.filter((p) => !DESCRIBE_LEFTOVERS.has(p.code))).toEqual([]);
    expect(fixAll(raw).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
