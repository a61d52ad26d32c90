import { describe, expect, it } from 'vitest';
import {
  FARGATE_SIZES,
  isFargateSize,
  parseTaskCpu,
  parseTaskMemory,
  smallestFargateSize,
} from './fargate.ts';

describe('fargate sizes', () => {
  it('has the 74 documented pairs', () => {
    expect(FARGATE_SIZES).toHaveLength(74);
    expect(isFargateSize(256, 512)).toBe(true);
    expect(isFargateSize(256, 4096)).toBe(false);
    expect(isFargateSize(8192, 61440)).toBe(true);
    expect(isFargateSize(8192, 18432)).toBe(false);
    expect(isFargateSize(512, 1024, true)).toBe(false);
  });

  it('reads the vCPU and GB spellings ECS accepts', () => {
    expect(parseTaskCpu('1 vCPU')).toBe(1024);
    expect(parseTaskCpu('.25 vcpu')).toBe(256);
    expect(parseTaskCpu('0.5vCPU')).toBe(512);
    expect(parseTaskCpu('2048')).toBe(2048);
    expect(parseTaskCpu('two')).toBeUndefined();
    expect(parseTaskMemory('2 GB')).toBe(2048);
    expect(parseTaskMemory('0.5GB')).toBe(512);
    expect(parseTaskMemory('')).toBeUndefined();
  });

  it('finds the next size that fits', () => {
    expect(smallestFargateSize(256 + 32, 512)).toEqual({ cpu: 512, memory: 1024, windows: false });
    expect(smallestFargateSize(256, 768)).toEqual({ cpu: 256, memory: 1024, windows: false });
    expect(smallestFargateSize(20000, 512)).toBeUndefined();
  });
});
