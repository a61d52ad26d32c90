import { describe, expect, it } from 'vitest';
import { firelensBufferRule } from './firelens-buffer.ts';
import { app, codes, fargate, one } from './testing.ts';

const firelensApp = (limit: string) =>
  app({
    memory: 256,
    logConfiguration: { logDriver: 'awsfirelens', options: { 'log-driver-buffer-limit': limit } },
  });

describe('firelens-buffer (RULES.md 26)', () => {
  it('accepts a buffer limit with memory to spare', () => {
    expect(codes(firelensBufferRule, fargate([firelensApp('4096')]))).toEqual([]);
  });

  it('reports a buffer limit outside the documented range', () => {
    const p = one(firelensBufferRule, fargate([firelensApp('-1')]), 'firelens-buffer-limit');
    expect(p.path).toBe('containerDefinitions[0].logConfiguration.options.log-driver-buffer-limit');
  });

  it('warns when the containers leave no task memory for the buffer', () => {
    const doc = fargate([firelensApp('4096'), app({ name: 'router', memory: 256 })]);
    expect(one(firelensBufferRule, doc, 'firelens-buffer-memory').severity).toBe('warning');
  });
});
