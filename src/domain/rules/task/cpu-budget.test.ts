import { describe, expect, it } from 'vitest';
import { cpuBudgetRule } from './cpu-budget.ts';
import { app, applyFix, codes, ec2, fargate, one } from './testing.ts';

describe('cpu-budget (RULES.md 23, 25)', () => {
  it('accepts containers whose cpu fits (equal is fine)', () => {
    expect(codes(cpuBudgetRule, fargate([app({ cpu: 128 }), app({ name: 'b', cpu: 128 })]))).toEqual([]);
  });

  it('reports container cpu above the task cpu and grows the task', () => {
    const doc = fargate([app({ cpu: 256 }), app({ name: 'b', cpu: 256 })]);
    const fixed = applyFix(one(cpuBudgetRule, doc, 'container-cpu-sum'), doc);
    expect([fixed.cpu, fixed.memory]).toEqual(['512', '1024']);
    const onEc2 = ec2([app({ cpu: 300 })], { cpu: '256' });
    expect(applyFix(one(cpuBudgetRule, onEc2, 'container-cpu-sum'), onEc2).cpu).toBe('300');
  });

  it('notes cpu values the agent adjusts', () => {
    expect(codes(cpuBudgetRule, ec2([app({ cpu: 1 })]))).toEqual(['container-cpu-adjusted']);
    expect(codes(cpuBudgetRule, ec2([app({ cpu: 300000 })]))).toEqual(['container-cpu-adjusted']);
  });
});
