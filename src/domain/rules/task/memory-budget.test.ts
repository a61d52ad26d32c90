import { describe, expect, it } from 'vitest';
import { memoryBudgetRule } from './memory-budget.ts';
import { app, applyFix, codes, ec2, fargate, one } from './testing.ts';

describe('memory-budget (RULES.md 21, 22)', () => {
  it('accepts containers that fit the task', () => {
    expect(codes(memoryBudgetRule, fargate([app({ memory: 512 })]))).toEqual([]);
    expect(codes(memoryBudgetRule, ec2([app({ memory: 4096 })]))).toEqual([]);
  });

  it('reports a container larger than the task (F19) and grows a Fargate task', () => {
    const doc = fargate([app({ name: 'blah', memory: 1024 })]);
    const p = one(memoryBudgetRule, doc, 'container-memory-exceeds-task');
    expect(p.message).toContain("The 'memory' setting for container 'blah' is greater than for the task.");
    const fixed = applyFix(p, doc);
    expect([fixed.cpu, fixed.memory]).toEqual(['256', '1024']);
  });

  it('reports reservations above the task memory (F20) and raises EC2 task memory', () => {
    const doc = ec2(
      [
        { name: 'a', image: 'x', memoryReservation: 300 },
        { name: 'b', image: 'x', memoryReservation: 300 },
      ],
      { memory: '512' },
    );
    const p = one(memoryBudgetRule, doc, 'memory-reservation-sum');
    expect(p.message).toContain(
      "The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'.",
    );
    expect(applyFix(p, doc).memory).toBe('600');
  });
});
