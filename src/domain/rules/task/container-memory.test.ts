import { describe, expect, it } from 'vitest';
import { containerMemoryRule } from './container-memory.ts';
import { app, applyFix, codes, ec2, fargate, one } from './testing.ts';

describe('container-memory (RULES.md 19, 20, 24)', () => {
  it('accepts container memory, or task memory alone', () => {
    expect(codes(containerMemoryRule, ec2([app()]))).toEqual([]);
    expect(codes(containerMemoryRule, ec2([{ name: 'a', image: 'x' }], { memory: '512' }))).toEqual([]);
    expect(codes(containerMemoryRule, fargate([{ name: 'a', image: 'x' }]))).toEqual([]);
  });

  it('reports a container without memory when the task has none (F18)', () => {
    const doc = ec2([{ name: 'my-container', image: 'x', memory: 0 }]);
    const p = one(containerMemoryRule, doc, 'container-memory-missing');
    expect(p.message).toContain(
      "Invalid setting for container 'my-container'. At least one of 'memory' or 'memoryReservation' must be specified.",
    );
    expect(codes(containerMemoryRule, applyFix(p, doc))).toEqual([]);
  });

  it('leaves a template placeholder in memory or memoryReservation to the schema, and does not overwrite it', () => {
    for (const c of [{ memoryReservation: '<MEMORY_RESV>' }, { memory: '${container_memory}' }]) {
      expect(codes(containerMemoryRule, ec2([{ name: 'a', image: 'x', ...c }]))).toEqual([]);
    }
    // A number written as "0" or "-5" is not a placeholder: still missing.
    expect(codes(containerMemoryRule, ec2([{ name: 'a', image: 'x', memory: '0' }]))).toEqual([
      'container-memory-missing',
    ]);
  });

  it('reports memory below memoryReservation, but not equal values', () => {
    const doc = ec2([app({ memory: 256, memoryReservation: 512 })]);
    const p = one(containerMemoryRule, doc, 'container-memory-reservation');
    expect(codes(containerMemoryRule, applyFix(p, doc))).toEqual([]);
    expect(codes(containerMemoryRule, ec2([app({ memory: 512, memoryReservation: 512 })]))).toEqual([]);
  });

  it('warns about memory below Docker minimum', () => {
    expect(one(containerMemoryRule, ec2([app({ memory: 4 })]), 'container-memory-low').severity).toBe(
      'warning',
    );
  });
});
