// Regression (src/domain/properties/fix-all.test.ts): on EC2, containers reserving more than the
// largest task cpu (196,608 units) got the fix "Set task cpu to <sum>", and task-cpu-range then set it
// back to 196608: "Fix all" went back and forth until its round limit, and a second press did it again.
import { describe, expect, it } from 'vitest';
import { fixAll } from '../../fix-all.ts';
import { cpuBudgetRule } from './cpu-budget.ts';
import { app, ec2, one } from './testing.ts';

describe('cpu-budget beyond the largest EC2 task', () => {
  it('reports the sum but offers no fix that task-cpu-range would undo', () => {
    const doc = ec2([app({ cpu: 200000 })], { cpu: '1024' });
    expect(one(cpuBudgetRule, doc, 'container-cpu-sum').fix).toBeUndefined();
  });

  it('still offers the fix up to the maximum', () => {
    const doc = ec2([app({ cpu: 196608 })], { cpu: '1024' });
    expect(one(cpuBudgetRule, doc, 'container-cpu-sum').fix).toBeDefined();
  });

  it('fixAll settles: a second run applies nothing', () => {
    const doc = ec2([app({ cpu: 9007199254740992 })], { cpu: '1024' });
    const once = fixAll(doc);
    expect(once.applied.filter((a) => a.code === 'container-cpu-sum')).toEqual([]);
    expect(fixAll(once.document).applied).toEqual([]);
  });
});
