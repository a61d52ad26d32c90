import { describe, expect, it } from 'vitest';
import { fileNameFor } from './file-actions.ts';

describe('fileNameFor', () => {
  it('uses the family', () => {
    expect(fileNameFor('web-api')).toBe('web-api.json');
  });
  it('replaces characters a file system would refuse', () => {
    expect(fileNameFor('a/b:c')).toBe('a-b-c.json');
  });
  it('falls back when there is no usable family', () => {
    expect(fileNameFor(undefined)).toBe('task-definition.json');
    expect(fileNameFor('  ')).toBe('task-definition.json');
    expect(fileNameFor('..')).toBe('task-definition.json');
  });
  it('keeps the name within what a file system allows for a 255-character family', () => {
    const name = fileNameFor('a'.repeat(255));
    expect(name).toBe(`${'a'.repeat(200)}.json`);
    expect(fileNameFor(`${'b'.repeat(199)}-c`)).toBe(`${'b'.repeat(199)}.json`);
  });
});
