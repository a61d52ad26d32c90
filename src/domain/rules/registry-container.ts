// The container rules (RULES.md sections E–L, plus the link targets of rule 32), run by check().
// Documented in docs/rules-container.md.
import type { Rule } from './rule.ts';
import { capabilitiesRule, linuxParametersRule } from './container/linux.ts';
import { containerFieldsRule } from './container/container-fields.ts';
import { containerImageRule } from './container/image.ts';
import { containerNamesRule } from './container/names.ts';
import { dependsOnCycleRule, linksRule } from './container/cycles.ts';
import { dependsOnRule, fargateTimeoutsRule, volumesFromRule } from './container/dependencies.ts';
import {
  environmentDuplicatesRule,
  environmentFilesRule,
  secretValueFromRule,
  secretsExecutionRoleRule,
} from './container/environment.ts';
import { essentialContainerRule } from './container/essential.ts';
import { fargateContainerRule, fargateTaskRule } from './container/fargate.ts';
import { firelensOrderRule, firelensRule } from './container/firelens.ts';
import {
  healthCheckCommandRule,
  healthCheckRangesRule,
  restartPolicyRule,
} from './container/health-restart.ts';
import { systemControlsRule, ulimitsRule } from './container/kernel.ts';
import { awslogsOptionsRule, fargateLoggingRule } from './container/logging.ts';
import { inferenceAcceleratorsRule, resourceRequirementsRule } from './container/resources.ts';
import { ephemeralStorageRule, storageVolumesRule } from './container/storage.ts';
import { placementConstraintsRule, proxyConfigurationRule } from './container/task-options.ts';
import { mountPointsRule, volumesRule } from './container/volumes.ts';
import { runtimePlatformRule, windowsUnsupportedRule } from './container/windows.ts';
import { sidecarWiringRule } from './container/sidecar-wiring.ts';
import { plaintextSecretsRule } from './container/plaintext-secrets.ts';

export const CONTAINER_RULES: readonly Rule[] = [
  // E. identity and basic fields
  containerNamesRule,
  containerImageRule,
  essentialContainerRule,
  containerFieldsRule,
  // F. dependencies, links, volumesFrom, timeouts
  dependsOnRule,
  dependsOnCycleRule,
  linksRule,
  volumesFromRule,
  fargateTimeoutsRule,
  // G. health check and restart policy
  healthCheckCommandRule,
  healthCheckRangesRule,
  restartPolicyRule,
  // H. environment and secrets
  environmentFilesRule,
  environmentDuplicatesRule,
  secretsExecutionRoleRule,
  secretValueFromRule,
  plaintextSecretsRule,
  // I. logging
  fargateLoggingRule,
  awslogsOptionsRule,
  firelensRule,
  firelensOrderRule,
  // J. Linux parameters, namespaces, kernel
  capabilitiesRule,
  linuxParametersRule,
  systemControlsRule,
  ulimitsRule,
  resourceRequirementsRule,
  inferenceAcceleratorsRule,
  // K. volumes and storage
  volumesRule,
  mountPointsRule,
  storageVolumesRule,
  ephemeralStorageRule,
  // L. Fargate, Windows, placement, proxy, platform
  fargateTaskRule,
  fargateContainerRule,
  windowsUnsupportedRule,
  runtimePlatformRule,
  placementConstraintsRule,
  proxyConfigurationRule,
  // Advice: containers added after a tracing sidecar (docs/sidecars.md)
  sidecarWiringRule,
];
