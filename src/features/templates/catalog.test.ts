import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, isJsonObject } from '../../domain/index.ts';
import { TemplateIndexSchema } from './catalog.ts';

const dir = `${process.cwd()}/public/templates/`;

describe('public/templates', () => {
  const index = TemplateIndexSchema.parse(JSON.parse(readFileSync(`${dir}index.json`, 'utf8')));

  it('lists the five starting points', () => {
    expect(index.map((t) => t.id)).toHaveLength(5);
  });

  it.each(index.map((t) => [t.file]))('%s is a task definition without errors', (file) => {
    const doc: unknown = JSON.parse(readFileSync(`${dir}${file}`, 'utf8'));
    expect(isJsonObject(doc)).toBe(true);
    expect(check(doc).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses a file name that leaves the folder', () => {
    expect(
      TemplateIndexSchema.safeParse([{ id: 'x', title: 'X', description: '', file: '../secret.json' }])
        .success,
    ).toBe(false);
  });
});
