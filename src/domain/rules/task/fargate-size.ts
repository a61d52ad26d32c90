// RULES.md 13 [REG]: Fargate requires task cpu and memory. Source: M:cpu/memory; CFN E3048; F06.
// RULES.md 14 [REG]: Fargate cpu/memory must be one of the 74 pairs. Source: M:memory; DG23
//   AWS_Fargate.md; CFN E3047; TS; F06 (F07 is the same failure seen through Terraform).
// RULES.md 16 [REG-doc]: Windows on Fargate needs at least 1 vCPU (1024/2048/4096 rows). Source: M.
// RULES.md 15 [RUN]: 8 and 16 vCPU need Linux platform version 1.4.0+, chosen at run time: an info.
import { fargateMemoryFor, isFargateSize, smallestFargateSize, FARGATE_SIZES } from '../../fargate.ts';
import { own, type JsonObject } from '../../json.ts';
import type { Fix, Problem } from '../../problem.ts';
import { isFargate, isWindows, type Rule } from '../rule.ts';
import { containerNeeds, setIn, taskCpu, taskMemory } from './util.ts';

const F06 =
  "Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.";

/** The smallest valid size holding the given cpu/memory and what the containers reserve. */
export function fargateResizeFix(doc: JsonObject, cpu: number, memory: number): Fix | undefined {
  const needs = containerNeeds(doc);
  const size = smallestFargateSize(
    Math.max(cpu, needs.cpu),
    Math.max(memory, needs.maxMemory, needs.reservations),
    isWindows(doc),
  );
  if (size === undefined) return undefined;
  // The title names only what changes ("Set task memory to "1024"" when the cpu is already right).
  const setCpu = own(doc, 'cpu') !== String(size.cpu);
  const setMemory = own(doc, 'memory') !== String(size.memory);
  const title =
    setCpu && setMemory
      ? `Set task cpu to "${size.cpu}" and memory to "${size.memory}"`
      : setCpu
        ? `Set task cpu to "${size.cpu}"`
        : `Set task memory to "${size.memory}"`;
  return {
    title,
    apply: (d) => setIn(setIn(d, 'cpu', String(size.cpu)), 'memory', String(size.memory)),
  };
}

function cpuList(windows: boolean): string {
  return [...new Set(FARGATE_SIZES.filter((s) => !windows || s.windows).map((s) => s.cpu))].join(', ');
}

export const fargateSizeRule: Rule = {
  id: 'fargate-cpu-memory',
  check(doc) {
    if (!isFargate(doc)) return [];
    const windows = isWindows(doc);
    const cpuRaw = own(doc, 'cpu');
    const memRaw = own(doc, 'memory');
    const cpu = taskCpu(doc);
    const memory = taskMemory(doc);
    const out: Problem[] = [];
    if (cpuRaw === undefined || memRaw === undefined) {
      const missing =
        cpuRaw === undefined && memRaw === undefined
          ? 'cpu and memory'
          : cpuRaw === undefined
            ? 'cpu'
            : 'memory';
      const fix = fargateResizeFix(doc, cpu ?? 0, memory ?? 0);
      out.push({
        path: cpuRaw === undefined ? 'cpu' : 'memory',
        severity: 'error',
        code: 'fargate-cpu-memory-required',
        message: `${F06} Fargate needs task-level ${missing}.`,
        ...(fix ? { fix } : {}),
      });
      return out;
    }
    if (cpu === undefined || memory === undefined) return out; // unreadable: task-cpu-memory reports it
    if (!isFargateSize(cpu, memory, windows)) {
      const valid = fargateMemoryFor(cpu, windows);
      const advice =
        valid.length > 0
          ? `With cpu ${cpu}, memory must be one of ${valid.join(', ')} MiB.`
          : windows && cpu < 1024
            ? `Windows containers on Fargate need at least 1 vCPU; cpu must be one of ${cpuList(true)}.`
            : `On Fargate, cpu must be one of ${cpuList(windows)}.`;
      const fix = fargateResizeFix(doc, cpu, memory);
      out.push({
        path: valid.length > 0 ? 'memory' : 'cpu',
        severity: 'error',
        code: 'fargate-cpu-memory',
        message: `${F06} ${advice}`,
        ...(fix ? { fix } : {}),
      });
    } else if (cpu >= 8192) {
      out.push({
        path: 'cpu',
        severity: 'info',
        code: 'fargate-platform-version',
        message: `cpu ${cpu} (${cpu / 1024} vCPU) runs only on Fargate Linux platform version 1.4.0 or later; use LATEST or 1.4.0 when you run it.`,
      });
    }
    return out;
  },
};
