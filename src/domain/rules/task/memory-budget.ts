// RULES.md 21 [REG]: a container's memory must not exceed the task memory (F19).
//   Source: I:pulumi/pulumi-awsx#188, #1220.
// RULES.md 22 [REG]: the sum of container memoryReservation values must not exceed the task memory
//   (F20). Source: I:cloudnativedaysjp/dreamkast-infra#4766.
import { own, type JsonObject } from '../../json.ts';
import type { Fix, Problem } from '../../problem.ts';
import { containers, isFargate, type Rule } from '../rule.ts';
import { fargateResizeFix } from './fargate-size.ts';
import { containerNeeds, label, posInt, setFix, taskCpu, taskMemory } from './util.ts';

function growMemory(doc: JsonObject, needed: number): Fix | undefined {
  if (isFargate(doc)) return fargateResizeFix(doc, taskCpu(doc) ?? 0, needed);
  return setFix(`Set task memory to "${needed}"`, 'memory', String(needed));
}

export const memoryBudgetRule: Rule = {
  id: 'memory-budget',
  check(doc) {
    const task = taskMemory(doc);
    if (task === undefined) return [];
    const out: Problem[] = [];
    for (const ref of containers(doc)) {
      const memory = posInt(own(ref.container, 'memory'));
      if (memory === undefined || memory <= task) continue;
      const fix = growMemory(doc, memory);
      out.push({
        path: `${ref.path}.memory`,
        severity: 'error',
        code: 'container-memory-exceeds-task',
        message: `The 'memory' setting for container '${label(ref)}' is greater than for the task. Lower it to at most ${task} MiB or raise the task memory.`,
        ...(fix ? { fix } : {}),
      });
    }
    const { reservations } = containerNeeds(doc);
    if (reservations > task) {
      const fix = growMemory(doc, reservations);
      out.push({
        path: 'memory',
        severity: 'error',
        code: 'memory-reservation-sum',
        message: `The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'. The containers reserve ${reservations} MiB and the task has ${task} MiB: lower the reservations or raise the task memory.`,
        ...(fix ? { fix } : {}),
      });
    }
    return out;
  },
};
