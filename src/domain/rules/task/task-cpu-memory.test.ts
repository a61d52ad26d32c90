import { describe, expect, it } from 'vitest';
import { taskCpuMemoryRule } from './task-cpu-memory.ts';
import { app, applyFix, codes, ec2, fargate, one } from './testing.ts';

describe('task-cpu-memory (RULES.md 11, 12, 17)', () => {
  it('accepts normalized values and no values', () => {
    expect(codes(taskCpuMemoryRule, ec2([app()], { cpu: '1024', memory: '2048' }))).toEqual([]);
    expect(codes(taskCpuMemoryRule, ec2([app()]))).toEqual([]);
  });

  it('reports unreadable cpu with F06 and unreadable memory', () => {
    const p = one(taskCpuMemoryRule, ec2([app()], { cpu: 'lots' }), 'task-cpu-invalid');
    expect(p.message).toContain("Invalid 'cpu' setting for task.");
    expect(codes(taskCpuMemoryRule, ec2([app()], { memory: '' }))).toEqual(['task-memory-invalid']);
  });

  it('offers to normalize the vCPU and GB spellings (an info: ECS accepts them)', () => {
    const doc = fargate([app()], { cpu: '1 vCPU', memory: '2 GB' });
    const problems = taskCpuMemoryRule.check(doc);
    expect(problems.map((p) => p.code)).toEqual(['task-size-spelling', 'task-size-spelling']);
    expect(problems.every((p) => p.severity === 'info')).toBe(true);
    const fixed = problems.reduce((d, p) => applyFix(p, d), doc);
    expect([fixed.cpu, fixed.memory]).toEqual(['1024', '2048']);
  });

  it('reports EC2 task cpu outside 128-196608 units', () => {
    const doc = ec2([app()], { cpu: '64' });
    expect(applyFix(one(taskCpuMemoryRule, doc, 'task-cpu-range'), doc).cpu).toBe('128');
    expect(codes(taskCpuMemoryRule, ec2([app()], { cpu: '196608' }))).toEqual([]);
  });

  it('notes that Windows on EC2 ignores task size', () => {
    const doc = ec2([app()], {
      cpu: '1024',
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' },
    });
    expect(codes(taskCpuMemoryRule, doc)).toEqual(['windows-task-size-ignored']);
  });
});
