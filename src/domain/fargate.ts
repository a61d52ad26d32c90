// Fargate task sizes (RULES.md 11, 14, 16) and the spellings ECS accepts for task cpu and memory.
import type { JsonValue } from './json.ts';

export interface FargateSize {
  readonly cpu: number;
  readonly memory: number;
  /** Windows containers on Fargate need at least 1 vCPU and have no 8/16 vCPU sizes (RULES.md 16). */
  readonly windows: boolean;
}

const range = (from: number, to: number, step: number): number[] =>
  Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);

const ROWS: readonly { cpu: number; memory: number[]; windows: boolean }[] = [
  { cpu: 256, memory: [512, 1024, 2048], windows: false },
  { cpu: 512, memory: range(1024, 4096, 1024), windows: false },
  { cpu: 1024, memory: range(2048, 8192, 1024), windows: true },
  { cpu: 2048, memory: range(4096, 16384, 1024), windows: true },
  { cpu: 4096, memory: range(8192, 30720, 1024), windows: true },
  { cpu: 8192, memory: range(16384, 61440, 4096), windows: false },
  { cpu: 16384, memory: range(32768, 122880, 8192), windows: false },
];

/** All 74 valid pairs, smallest first. */
export const FARGATE_SIZES: readonly FargateSize[] = ROWS.flatMap((r) =>
  r.memory.map((memory) => ({ cpu: r.cpu, memory, windows: r.windows })),
);

/**
 * Task `cpu` as CPU units: "1024", 1024, "1 vCPU", "0.25 vcpu", ".5 vCPU". undefined when unreadable.
 * ECS stores the normalized unit count (describe returns "1024" for "1 vCPU").
 */
export function parseTaskCpu(value: JsonValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^(\d*\.?\d+)\s*vcpu$/i.exec(s);
  return m ? Math.round(Number(m[1]) * 1024) : undefined;
}

/** Task `memory` in MiB: "2048", 2048, "2GB", "2 GB", "0.5 gb". undefined when unreadable. */
export function parseTaskMemory(value: JsonValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^(\d*\.?\d+)\s*gb$/i.exec(s);
  return m ? Math.round(Number(m[1]) * 1024) : undefined;
}

export function isFargateSize(cpu: number, memory: number, windows = false): boolean {
  return FARGATE_SIZES.some((s) => s.cpu === cpu && s.memory === memory && (!windows || s.windows));
}

/** Memory values valid with this cpu on Fargate (empty when cpu itself is not a Fargate size). */
export function fargateMemoryFor(cpu: number, windows = false): number[] {
  return FARGATE_SIZES.filter((s) => s.cpu === cpu && (!windows || s.windows)).map((s) => s.memory);
}

/**
 * The smallest valid size with at least `cpu` units and `memory` MiB: what to offer when a task
 * must grow (a sidecar that does not fit, a container larger than the task).
 */
export function smallestFargateSize(cpu: number, memory: number, windows = false): FargateSize | undefined {
  return FARGATE_SIZES.find((s) => s.cpu >= cpu && s.memory >= memory && (!windows || s.windows));
}
