// Every real file in ../shared/corpus imports or gives a ReadError; none throws.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIX_CODES } from './fix-codes.ts';
import { importText } from './import-text.ts';
import type { InputKind } from './types.ts';

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, CORPUS), 'utf8');
const files = readdirSync(CORPUS)
  .filter((f) => f !== 'MANIFEST.tsv')
  .sort();
const manifestKind = new Map(
  read('MANIFEST.tsv')
    .split('\n')
    .slice(1)
    .filter((row) => row.trim() !== '')
    .map((row) => {
      const cols = row.split('\t');
      return [cols[0] ?? '', cols[5] ?? ''] as const;
    }),
);

/** MANIFEST kind -> the kinds the importer may answer. */
const EXPECTED: Record<string, readonly InputKind[]> = {
  'register-input': ['register-input', 'describe-output'],
  'describe-output': ['describe-output'],
  cloudformation: ['cloudformation-template'],
  'container-array': ['container-array'],
  templated: ['register-input'],
};

/** Broken until rendered by their template engines (see MANIFEST notes). */
const UNREADABLE = [
  'aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__dynatrace__task-definition.json',
  'aws__amazon-ecs-agent__agent__functional_tests__testdata__taskdefinitions__container-health-windows__task-definition.json',
  'umotif-public__terraform-aws-ecs-fargate__container_definitions.json',
];

describe('the whole corpus', () => {
  it('has the files the manifest lists', () => {
    expect(files.length).toBe(manifestKind.size);
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)('%s imports as its manifest kind, or is a known unreadable template', (name) => {
    const r = importText(read(name));
    if (UNREADABLE.includes(name)) {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.line).toBeGreaterThan(1);
        expect(r.error.column).toBeGreaterThanOrEqual(1);
      }
      return;
    }
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    expect(EXPECTED[manifestKind.get(name) ?? '']).toContain(r.kind);
    expect(Array.isArray(r.document.containerDefinitions)).toBe(true);
    expect(r.document).not.toHaveProperty('taskDefinitionArn');
    for (const fix of r.fixes) expect(Object.keys(FIX_CODES)).toContain(fix.code);
    expect(JSON.stringify(r.document)).not.toMatch(/[:[,]null[,}\]]/);
  });
});
