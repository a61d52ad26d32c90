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
});
