// Does the sidecar still fit the task size? Fargate: the containers' cpu and memory must fit the task
// size, which must be one of the valid pairs (RULES.md 13, 14, 22, 23). EC2 with task-level cpu or memory:
// the same sums (RULES.md 22, 23), any integer size.
import { own, type JsonObject } from '../json.ts';
import { parseTaskCpu, parseTaskMemory, smallestFargateSize } from '../fargate.ts';
import { containers, isFargate, num } from '../rules/rule.ts';

export type Budget =
  | { readonly fits: true }
  | {
      readonly fits: false;
      readonly message: string;
      /** The size to grow to; absent when no valid size is large enough. */
      readonly grow?: { readonly cpu?: number; readonly memory?: number };
    };

/** CPU units and MiB the containers already reserve (memoryReservation, else memory). */
export function containerUsage(doc: JsonObject): { cpu: number; memory: number } {
  let cpu = 0;
  let memory = 0;
  for (const { container } of containers(doc)) {
    cpu += num(own(container, 'cpu')) ?? 0;
    memory += num(own(container, 'memoryReservation')) ?? num(own(container, 'memory')) ?? 0;
  }
  return { cpu, memory };
}

const size = (cpu: number | undefined, memory: number | undefined) =>
  `${cpu ?? '(none)'} CPU units / ${memory ?? '(none)'} MiB`;

export function sidecarBudget(doc: JsonObject, label: string, cpu: number, memory: number): Budget {
  const taskCpu = parseTaskCpu(own(doc, 'cpu'));
  const taskMemory = parseTaskMemory(own(doc, 'memory'));
  const used = containerUsage(doc);
  const needCpu = used.cpu + cpu;
  const needMemory = used.memory + memory;
  const what = `The ${label} needs ${cpu} CPU units and ${memory} MiB; with it the containers reserve ${needCpu} CPU units and ${needMemory} MiB`;
  if (isFargate(doc)) {
    if (taskCpu !== undefined && taskMemory !== undefined && needCpu <= taskCpu && needMemory <= taskMemory)
      return { fits: true };
    const next = smallestFargateSize(Math.max(taskCpu ?? 0, needCpu), Math.max(taskMemory ?? 0, needMemory));
    const now = `the Fargate task size is ${size(taskCpu, taskMemory)}`;
    if (!next) return { fits: false, message: `${what}, but ${now} and no Fargate size is large enough.` };
    return {
      fits: false,
      message: `${what}, but ${now}. The next valid Fargate size is ${size(next.cpu, next.memory)}.`,
      grow: { cpu: next.cpu, memory: next.memory },
    };
  }
  const cpuShort = taskCpu !== undefined && needCpu > taskCpu;
  const memoryShort = taskMemory !== undefined && needMemory > taskMemory;
  if (!cpuShort && !memoryShort) return { fits: true };
  const cpuTo = cpuShort ? needCpu : taskCpu;
  const memoryTo = memoryShort ? needMemory : taskMemory;
  return {
    fits: false,
    message: `${what}, but the task size is ${size(taskCpu, taskMemory)}. Raise it to ${[
      cpuTo !== undefined ? `${cpuTo} CPU units` : undefined,
      memoryTo !== undefined ? `${memoryTo} MiB` : undefined,
    ]
      .filter((s) => s !== undefined)
      .join(' / ')}.`,
    grow: {
      ...(cpuTo !== undefined ? { cpu: cpuTo } : {}),
      ...(memoryTo !== undefined ? { memory: memoryTo } : {}),
    },
  };
}
