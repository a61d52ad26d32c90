// Fargate restrictions (RULES.md 53, 54, 94, 95, 100, 101, 108, 111, 114).
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { containers, isFargate, obj, str, type Rule } from '../rule.ts';
import { hasExecutionRole, isNonEmptyArray, problem, setFix, taskItems } from './util.ts';

const FARGATE = 'Tasks using the Fargate launch type';
const PRIVATE_ECR = /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//;

// RULES.md 95 [REG] (F24) ipcMode; 94 [REG] (F25) pidMode host (task is allowed on platform
// >= 1.4.0: the 2026 model overrides the 2023 list in RULES.md 111); 108 [REG-doc]
// placementConstraints (the service gives F34 later, at CreateService); 100 [REG] (F26)
// host.sourcePath; 101 [REG-doc] dockerVolumeConfiguration.
// Sources: M:ipcMode, M:pidMode, M:placementConstraints, M:HostVolumeProperties, M:Volume;
// I:cn-terraform/terraform-aws-ecs-fargate#2; I:aws/aws-cdk#29619;
// I:cloudposse/terraform-aws-ecs-alb-service-task#174; CFN fargate_properties.json.
export const fargateTaskRule: Rule = {
  id: 'fargate-task',
  check(doc) {
    if (!isFargate(doc)) return [];
    const out: Problem[] = [];
    if (own(doc, 'ipcMode') !== undefined && own(doc, 'ipcMode') !== null)
      out.push(
        problem(
          'ipcMode',
          'error',
          'fargate-ipc-mode',
          `${FARGATE} do not support ipcMode. Remove it.`,
          setFix('Remove ipcMode', 'ipcMode', undefined),
        ),
      );
    if (str(own(doc, 'pidMode')) === 'host')
      out.push(
        problem(
          'pidMode',
          'error',
          'fargate-pid-mode',
          `${FARGATE} do not support pidMode 'host'. The supported value for pidMode is 'task'.`,
          setFix("Set pidMode to 'task'", 'pidMode', 'task'),
        ),
      );
    if (isNonEmptyArray(own(doc, 'placementConstraints')))
      out.push(
        problem(
          'placementConstraints',
          'error',
          'fargate-placement-constraints',
          'Placement constraints are not supported with FARGATE launch type. Remove them (Fargate chooses the host).',
          setFix('Remove placementConstraints', 'placementConstraints', undefined),
        ),
      );
    for (const { item, path } of taskItems(doc, 'volumes')) {
      if (str(own(obj(own(item, 'host')) ?? {}, 'sourcePath')) !== undefined)
        out.push(
          problem(
            `${path}.host.sourcePath`,
            'error',
            'fargate-host-source-path',
            'Fargate compatible task definitions do not support sourcePath. Remove sourcePath to get a task-scoped bind mount, or use an EFS volume for data that must outlive the task.',
            setFix('Remove host.sourcePath', `${path}.host.sourcePath`, undefined),
          ),
        );
      if (own(item, 'dockerVolumeConfiguration') !== undefined)
        out.push(
          problem(
            `${path}.dockerVolumeConfiguration`,
            'error',
            'fargate-docker-volume',
            'Fargate does not support Docker volumes (dockerVolumeConfiguration). Use a bind mount (a volume with only a name) or an EFS volume.',
          ),
        );
    }
    return out;
  },
};

// RULES.md 54 [REG-doc] privileged; 53 [REG-doc] dockerSecurityOptions ("isn't valid for
// containers in tasks using the Fargate launch type", M). RULES.md 111: disableNetworking,
// dnsServers and dnsSearchDomains were invalid on Fargate in the 2023 guide, but the 2026 model only
// excludes Windows (RULES.md 50, 55): the model wins, so these get an info note, never an error.
// RULES.md 114 [REG] (F22): an image in a private ECR repository needs executionRoleArn.
// Sources: M:ContainerDefinition; DG23 AWS_Fargate.md; I:hashicorp/terraform-provider-aws#3051.
export const fargateContainerRule: Rule = {
  id: 'fargate-container',
  check(doc) {
    if (!isFargate(doc)) return [];
    const out: Problem[] = [];
    const role = hasExecutionRole(doc);
    for (const c of containers(doc)) {
      if (own(c.container, 'privileged') === true)
        out.push(
          problem(
            `${c.path}.privileged`,
            'error',
            'fargate-privileged',
            'privileged is not supported on Fargate. Remove it; for ptrace-style tools add the SYS_PTRACE capability instead.',
            setFix('Remove privileged', `${c.path}.privileged`, undefined),
          ),
        );
      if (isNonEmptyArray(own(c.container, 'dockerSecurityOptions')))
        out.push(
          problem(
            `${c.path}.dockerSecurityOptions`,
            'error',
            'fargate-docker-security-options',
            "dockerSecurityOptions isn't valid for containers in tasks using the Fargate launch type. Remove it.",
            setFix('Remove dockerSecurityOptions', `${c.path}.dockerSecurityOptions`, undefined),
          ),
        );
      for (const key of ['disableNetworking', 'dnsServers', 'dnsSearchDomains'] as const) {
        const v = own(c.container, key);
        if (v === true || isNonEmptyArray(v))
          out.push(
            problem(
              `${c.path}.${key}`,
              'info',
              'fargate-legacy-parameter',
              `Older AWS guides listed ${key} as unsupported on Fargate; the current API accepts it. Check that your platform version honours it.`,
            ),
          );
      }
      const image = str(own(c.container, 'image'));
      if (!role && image !== undefined && PRIVATE_ECR.test(image))
        out.push(
          problem(
            `${c.path}.image`,
            'error',
            'fargate-ecr-execution-role',
            'Fargate requires task definition to have execution role ARN to support ECR images. Set executionRoleArn to a role with the AmazonECSTaskExecutionRolePolicy (it lets ECS pull from ECR).',
          ),
        );
    }
    return out;
  },
};
