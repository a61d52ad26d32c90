import { describe, expect, it } from 'vitest';
import { taskSizeRule, utf8Length } from './task-size.ts';
import { app, codes, ec2, one } from './testing.ts';

describe('task-size (RULES.md 2)', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });

  it('accepts a small document', () => {
    expect(codes(taskSizeRule, ec2([app()]))).toEqual([]);
  });

  it('reports a document above 64 KiB with the F03 text', () => {
    const big = ec2([app({ environment: [{ name: 'BLOB', value: 'x'.repeat(70000) }] })]);
    const p = one(taskSizeRule, big, 'task-size');
    expect(p.message).toMatch(/^Actual length: '\d+'\. Max allowed length is '65536' bytes\./);
    expect(p.path).toBe('');
  });

  it('counts multi-byte characters, not string length', () => {
    // 30000 "é" are 30000 characters but 60000 bytes (plus the JSON around them).
    const doc = ec2([app({ environment: [{ name: 'E', value: 'é'.repeat(33000) }] })]);
    expect(codes(taskSizeRule, doc)).toEqual(['task-size']);
  });
});
