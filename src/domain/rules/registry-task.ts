// The task-level rules, RULES.md sections A–D (1–45), plus the unknown-parameter rule.
import { CONTAINER_RULES } from './registry-container.ts';
import type { Rule } from './rule.ts';
import { awsvpcHostnameRule } from './task/awsvpc-hostname.ts';
import { containerCountRule } from './task/container-count.ts';
import { containerMemoryRule } from './task/container-memory.ts';
import { containerPortRule } from './task/container-port.ts';
import { cpuBudgetRule } from './task/cpu-budget.ts';
import { duplicateContainerPortRule } from './task/duplicate-container-port.ts';
import { duplicateHostPortRule } from './task/duplicate-host-port.ts';
import { familyRule } from './task/family.ts';
import { fargateSizeRule } from './task/fargate-size.ts';
import { firelensBufferRule } from './task/firelens-buffer.ts';
import { hostModeRule } from './task/host-mode.ts';
import { hostPortReservedRule } from './task/host-port-reserved.ts';
import { launchCompatibilityRuleFor } from './task/launch-compatibility.ts';
import { linksNetworkModeRule } from './task/links.ts';
import { memoryBudgetRule } from './task/memory-budget.ts';
import { networkModeRule } from './task/network-mode.ts';
import { portNameRule } from './task/port-name.ts';
import { portNetworkModeRule } from './task/port-network-mode.ts';
import { portRangeRule } from './task/port-range.ts';
import { readOnlyFieldsRule } from './task/read-only-fields.ts';
import { tagsRule } from './task/tags.ts';
import { taskCpuMemoryRule } from './task/task-cpu-memory.ts';
import { taskSizeRule } from './task/task-size.ts';
import { unknownParameterRule } from './unknown-parameter.ts';

export const TASK_RULES: readonly Rule[] = [
  // A. identity, size, quotas
  familyRule,
  taskSizeRule,
  containerCountRule,
  tagsRule,
  // Judged against every other rule, so that its fix never makes Fargate's rules strip an EC2 task.
  launchCompatibilityRuleFor(() => [...TASK_RULES, ...CONTAINER_RULES]),
  readOnlyFieldsRule,
  // B. task cpu / memory
  taskCpuMemoryRule,
  fargateSizeRule,
  // C. container cpu / memory
  containerMemoryRule,
  memoryBudgetRule,
  cpuBudgetRule,
  firelensBufferRule,
  // D. network mode and ports
  networkModeRule,
  linksNetworkModeRule,
  awsvpcHostnameRule,
  portNetworkModeRule,
  duplicateHostPortRule,
  duplicateContainerPortRule,
  containerPortRule,
  portRangeRule,
  hostPortReservedRule,
  portNameRule,
  hostModeRule,
  // Keys the model does not know (botocore's "Unknown parameter")
  unknownParameterRule,
];
