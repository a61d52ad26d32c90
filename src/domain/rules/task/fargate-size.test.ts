import { describe, expect, it } from 'vitest';
import { fargateSizeRule } from './fargate-size.ts';
import { app, applyFix, codes, ec2, fargate, one } from './testing.ts';

const windows = { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } };

describe('fargate-cpu-memory (RULES.md 13-16)', () => {
  it('accepts valid pairs, including the vCPU/GB spellings', () => {
    expect(codes(fargateSizeRule, fargate([app()]))).toEqual([]);
    expect(codes(fargateSizeRule, fargate([app()], { cpu: '1 vCPU', memory: '2 GB' }))).toEqual([]);
    expect(codes(fargateSizeRule, ec2([app()], { cpu: '100', memory: '300' }))).toEqual([]);
  });

  it('reports an invalid pair with F06 and the valid memory values, and fixes to the smallest fit', () => {
    const doc = fargate([app()], { cpu: '256', memory: '4096' });
    const p = one(fargateSizeRule, doc, 'fargate-cpu-memory');
    expect(p.message).toContain("Invalid 'cpu' setting for task.");
    expect(p.message).toContain('512, 1024, 2048');
    const fixed = applyFix(p, doc);
    expect([fixed.cpu, fixed.memory]).toEqual(['512', '4096']);
    expect(p.fix?.title).toBe('Set task cpu to "512"');
  });

  it('names in the fix title only the values that change', () => {
    const memoryOnly = fargate([app()], { cpu: '512', memory: '512' });
    expect(one(fargateSizeRule, memoryOnly, 'fargate-cpu-memory').fix?.title).toBe(
      'Set task memory to "1024"',
    );
    const both = fargate([app({ memory: 1500, cpu: 300 })], { cpu: '256', memory: '3000' });
    expect(one(fargateSizeRule, both, 'fargate-cpu-memory').fix?.title).toBe(
      'Set task cpu to "512" and memory to "3072"',
    );
  });

  it('requires task cpu and memory on Fargate and sizes them from the containers', () => {
    const doc = fargate([app({ memory: 1500, cpu: 300 })]);
    delete doc.cpu;
    delete doc.memory;
    const fixed = applyFix(one(fargateSizeRule, doc, 'fargate-cpu-memory-required'), doc);
    expect([fixed.cpu, fixed.memory]).toEqual(['512', '2048']);
  });

  it('requires at least 1 vCPU for Windows on Fargate', () => {
    const doc = fargate([app()], { ...windows, cpu: '512', memory: '1024' });
    const p = one(fargateSizeRule, doc, 'fargate-cpu-memory');
    expect(p.message).toContain('at least 1 vCPU');
    expect(applyFix(p, doc).cpu).toBe('1024');
  });

  it('notes the platform version needed by 8 and 16 vCPU', () => {
    const p = one(
      fargateSizeRule,
      fargate([app()], { cpu: '8192', memory: '16384' }),
      'fargate-platform-version',
    );
    expect(p.severity).toBe('info');
  });
});
