// RULES.md 23 [REG-doc]: the sum of container cpu must not exceed task cpu ("lower than" in the docs;
//   equal is the common full-allocation case and is accepted, so only "greater than" is an error).
//   Source: M:ContainerDefinition.cpu; DG23 task_definition_parameters.md.
// RULES.md 25 [ADV]: the agent turns cpu 1 into 2 shares and caps values above 262144 shares (Linux).
import { own } from '../../json.ts';
import type { Fix, Problem } from '../../problem.ts';
import { containers, isFargate, isWindows, type Rule } from '../rule.ts';
import { fargateResizeFix } from './fargate-size.ts';
import { EC2_TASK_CPU_MAX } from './task-cpu-memory.ts';
import { containerNeeds, posInt, setFix, taskCpu, taskMemory } from './util.ts';

export const MAX_CPU_SHARES = 262144;

export const cpuBudgetRule: Rule = {
  id: 'cpu-budget',
  check(doc) {
    const out: Problem[] = [];
    const task = taskCpu(doc);
    const { cpu } = containerNeeds(doc);
    if (task !== undefined && cpu > task) {
      // Past the EC2 maximum the task-cpu-range fix would set it back: "Fix all" would go round forever.
      const fix: Fix | undefined = isFargate(doc)
        ? fargateResizeFix(doc, cpu, taskMemory(doc) ?? 0)
        : cpu <= EC2_TASK_CPU_MAX
          ? setFix(`Set task cpu to "${cpu}"`, 'cpu', String(cpu))
          : undefined;
      out.push({
        path: 'cpu',
        severity: 'error',
        code: 'container-cpu-sum',
        message: `The containers reserve ${cpu} CPU units in total, more than the task cpu ${task}. Lower the container cpu values or raise the task cpu.`,
        ...(fix ? { fix } : {}),
      });
    }
    if (isWindows(doc)) return out;
    for (const ref of containers(doc)) {
      const value = posInt(own(ref.container, 'cpu'));
      if (value === 1 || (value !== undefined && value > MAX_CPU_SHARES))
        out.push({
          path: `${ref.path}.cpu`,
          severity: 'info',
          code: 'container-cpu-adjusted',
          message:
            value === 1
              ? 'The ECS agent raises cpu 1 to 2 CPU shares, the Linux minimum. Set 2 (or 0 for no reservation) to say what runs.'
              : `The ECS agent caps cpu at ${MAX_CPU_SHARES} shares (256 vCPU); ${value} has no further effect.`,
        });
    }
    return out;
  },
};
