// RULES.md 11 [REG]: task cpu/memory are strings; ECS normalizes "1 vCPU" to "1024" and "2 GB" to
// "2048"; an unreadable value gives F06 ("Invalid 'cpu' setting for task."). Source: M:cpu, M:memory; TS.
// RULES.md 12 [REG-doc]: outside Fargate, task cpu is 128–196,608 units (the 2026 model; older docs said
// 10,240, so the newer, wider bound is used). Source: M:RegisterTaskDefinitionRequest.cpu.
// RULES.md 17 [ADV]: Windows on EC2 ignores task-level cpu/memory. Source: M:cpu doc.
import { parseTaskCpu, parseTaskMemory } from '../../fargate.ts';
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { isFargate, isWindows, type Rule } from '../rule.ts';
import { setFix } from './util.ts';

const F06 =
  "Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.";

export const EC2_TASK_CPU_MIN = 128;
export const EC2_TASK_CPU_MAX = 196608;

export const taskCpuMemoryRule: Rule = {
  id: 'task-cpu-memory',
  check(doc) {
    const out: Problem[] = [];
    const cpu = own(doc, 'cpu');
    const memory = own(doc, 'memory');
    const cpuUnits = parseTaskCpu(cpu);
    const memoryMiB = parseTaskMemory(memory);
    if ((typeof cpu === 'string' || typeof cpu === 'number') && cpuUnits === undefined)
      out.push({
        path: 'cpu',
        severity: 'error',
        code: 'task-cpu-invalid',
        message: `${F06} Set cpu to CPU units as a string, such as "1024", or to "1 vCPU".`,
      });
    if ((typeof memory === 'string' || typeof memory === 'number') && memoryMiB === undefined)
      out.push({
        path: 'memory',
        severity: 'error',
        code: 'task-memory-invalid',
        message: `Invalid 'memory' setting for task. Set memory to MiB as a string, such as "2048", or to "2 GB".`,
      });
    if (typeof cpu === 'string' && cpuUnits !== undefined && String(cpuUnits) !== cpu.trim())
      out.push({
        path: 'cpu',
        severity: 'info',
        code: 'task-size-spelling',
        message: `ECS stores cpu "${cpu}" as "${cpuUnits}". Write the normalized value so the file matches what describe-task-definition returns.`,
        fix: setFix(`Set cpu to "${cpuUnits}"`, 'cpu', String(cpuUnits)),
      });
    if (typeof memory === 'string' && memoryMiB !== undefined && String(memoryMiB) !== memory.trim())
      out.push({
        path: 'memory',
        severity: 'info',
        code: 'task-size-spelling',
        message: `ECS stores memory "${memory}" as "${memoryMiB}" (MiB). Write the normalized value so the file matches what describe-task-definition returns.`,
        fix: setFix(`Set memory to "${memoryMiB}"`, 'memory', String(memoryMiB)),
      });
    if (isFargate(doc)) return out; // Fargate sizes: fargate-size.ts
    if (isWindows(doc) && (cpu !== undefined || memory !== undefined))
      out.push({
        path: cpu !== undefined ? 'cpu' : 'memory',
        severity: 'info',
        code: 'windows-task-size-ignored',
        message:
          'Windows containers on EC2 ignore task-level cpu and memory. Set cpu and memory on each container instead.',
      });
    if (cpuUnits !== undefined && (cpuUnits < EC2_TASK_CPU_MIN || cpuUnits > EC2_TASK_CPU_MAX))
      out.push({
        path: 'cpu',
        severity: 'error',
        code: 'task-cpu-range',
        message: `${F06} Task cpu ${cpuUnits} is outside ${EC2_TASK_CPU_MIN}–${EC2_TASK_CPU_MAX} CPU units (0.125–192 vCPU).`,
        fix: setFix(
          `Set cpu to "${cpuUnits < EC2_TASK_CPU_MIN ? EC2_TASK_CPU_MIN : EC2_TASK_CPU_MAX}"`,
          'cpu',
          String(cpuUnits < EC2_TASK_CPU_MIN ? EC2_TASK_CPU_MIN : EC2_TASK_CPU_MAX),
        ),
      });
    return out;
  },
};
