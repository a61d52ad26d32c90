// The service's own messages (FIXTURES.md F01–F37 and ANCHORS.md 2(c)), each tied to the rule code
// the editor reports for it and to a finder for the offending field. Regexes tolerate the quote
// styles, the odd `+` and the optional "For more information" tails seen in the wild.
import type { JsonObject } from '../json.ts';
import { finders } from './locate.ts';

export interface ServicePattern {
  readonly id: string;
  readonly re: RegExp;
  /** Rule codes in order of preference; the first one check() reports wins. */
  readonly codes: readonly string[];
  /** The offending field in the document, when it can be found. */
  readonly locate?: (doc: JsonObject, m: RegExpExecArray) => string | undefined;
  /** Where to point when the document has no such field. */
  readonly fallback: string;
  /** The code to use when neither check() nor the finder recognises the case (default: codes[0]). */
  readonly fallbackCode?: string;
  /** The container the message names, to pick the right problem among several. */
  readonly container?: (m: RegExpExecArray) => string | undefined;
  readonly explain: (m: RegExpExecArray) => string;
}

const Q = "'?"; // an optional quote around a name
const name = (m: RegExpExecArray): string => m[1] ?? '';

export const SERVICE_PATTERNS: readonly ServicePattern[] = [
  {
    id: 'F01',
    re: /Family contains invalid characters/i,
    codes: ['family-invalid'],
    fallback: 'family',
    explain: () =>
      'The family may only use letters, digits, hyphens and underscores (no "/", "@", "." or spaces).',
  },
  {
    id: 'F02',
    re: /Family can ?not be blank/i,
    codes: ['family-missing'],
    fallback: 'family',
    explain: () => 'The family is missing or empty; every task definition needs one.',
  },
  {
    id: 'F03',
    re: /Actual length: '?(\d+)'?\.? Max allowed length is '?(\d+)'? bytes/i,
    codes: ['task-size'],
    fallback: '',
    explain: (m) =>
      `The task definition is ${m[1] ?? '?'} bytes; ECS accepts at most ${m[2] ?? '65536'} (64 KiB). Move large values (environment, commands) into files, parameters or secrets.`,
  },
  {
    id: 'F04',
    re: /Too many containers/i,
    codes: ['container-count'],
    fallback: 'containerDefinitions',
    explain: () => 'A task definition holds at most 10 containers; this limit cannot be raised.',
  },
  {
    id: 'F05',
    re: /Too many concurrent attempts to create a new revision/i,
    codes: ['registration-throttled'],
    fallback: 'family',
    explain: () =>
      'Several registrations into this family ran at once. Nothing is wrong with the definition: retry with backoff.',
  },
  {
    id: 'F06',
    re: /Invalid '?cpu'? setting for task/i,
    codes: ['fargate-cpu-memory-required', 'task-cpu-invalid', 'fargate-cpu-memory', 'task-cpu-range'],
    fallback: 'cpu',
    fallbackCode: 'task-cpu-invalid',
    explain: () =>
      'ECS could not accept the task cpu/memory: on Fargate both are required and must be one of the supported pairs (for example 256 with 512, 1024 or 2048); cpu must be units ("1024") or "1 vCPU".',
  },
  {
    id: 'F07',
    re: /No Fargate configuration exists for given values/i,
    codes: ['fargate-cpu-memory', 'fargate-cpu-memory-required'],
    fallback: 'memory',
    explain: () =>
      'The task cpu and memory are not a Fargate size (Terraform reports F06 this way). Pick a supported pair.',
  },
  {
    id: 'A12',
    re: /Fargate requires that '?(cpu|memory)'? be defined at the task level/i,
    codes: ['fargate-cpu-memory-required'],
    locate: (_d, m) => (m[1] ?? 'cpu').toLowerCase(),
    fallback: 'cpu',
    explain: (m) => `Fargate needs task-level ${m[1] ?? 'cpu'}; container values alone are not enough.`,
  },
  {
    id: 'F08',
    re: /Fargate only supports network mode '?awsvpc'?/i,
    codes: ['fargate-network-mode'],
    fallback: 'networkMode',
    explain: () => 'Fargate tasks must use networkMode "awsvpc" (an omitted networkMode means bridge).',
  },
  {
    id: 'F09',
    re: /When networkMode=awsvpc, the host ports and container ports in port mappings must match/i,
    codes: ['awsvpc-host-port'],
    locate: (d) => finders.awsvpcHostPort(d),
    fallback: 'networkMode',
    explain: () =>
      'In awsvpc mode a port mapping cannot translate ports: omit hostPort or make it equal to containerPort.',
  },
  {
    id: 'F10',
    re: /Links are not supported when networkMode=awsvpc/i,
    codes: ['links-awsvpc'],
    locate: (d) => finders.links(d),
    fallback: 'networkMode',
    explain: () =>
      'awsvpc containers share one network namespace: remove links and reach the other container on 127.0.0.1 (localhost).',
  },
  {
    id: 'F11',
    re: /hostname is not supported on container when networkMode=awsvpc/i,
    codes: ['hostname-awsvpc'],
    locate: (d) => finders.hostname(d),
    fallback: 'networkMode',
    explain: () => 'In awsvpc mode the task ENI sets the hostname: remove hostname from the container.',
  },
  {
    id: 'F12',
    re: /(TCP|UDP) host port '?(\d+)'? is mapped multiple times in task/i,
    codes: ['duplicate-host-port'],
    locate: (d, m) => finders.hostPort(d, m[2] ?? '', m[1] ?? 'tcp'),
    fallback: 'containerDefinitions',
    explain: (m) =>
      `Two port mappings in the task bind ${m[1] ?? 'TCP'} host port ${m[2] ?? ''}; one host port can serve one mapping. In bridge mode use hostPort 0 (dynamic).`,
  },
  {
    id: 'F13',
    re: new RegExp(`Invalid ${Q}containerPort${Q} setting for container ${Q}([^'\\s]*)${Q}`, 'i'),
    codes: ['container-port-invalid'],
    locate: (d, m) => finders.containerPort(d, name(m)),
    container: name,
    fallback: 'containerDefinitions',
    explain: (m) =>
      `A port mapping of container "${name(m)}" has no valid containerPort (1-65535). A common cause is the CLI shorthand splitting one mapping into several objects.`,
  },
  {
    id: 'F14',
    re: /Container\.name should not be null or empty/i,
    codes: ['container-name-missing'],
    locate: (d) => finders.nameMissing(d),
    fallback: 'containerDefinitions',
    explain: () =>
      'A container has no name. (Pasting a whole task definition where only the container list belongs gives the same error.)',
  },
  {
    id: 'F15',
    re: /Container\.name contains invalid characters/i,
    codes: ['container-name-invalid'],
    locate: (d) => finders.nameInvalid(d),
    fallback: 'containerDefinitions',
    explain: () => 'Container names may only use letters, digits, hyphens and underscores.',
  },
  {
    id: 'F16',
    re: /Container\.image should not be null or empty/i,
    codes: ['container-image-missing'],
    locate: (d) => finders.imageMissing(d),
    fallback: 'containerDefinitions',
    explain: () => 'A container has no image.',
  },
  {
    id: 'F17',
    re: /Container names must be unique within a Task Definition/i,
    codes: ['container-name-duplicate'],
    locate: (d) => finders.nameDuplicate(d),
    fallback: 'containerDefinitions',
    explain: () => 'Two containers have the same name; names must be unique in a task definition.',
  },
  {
    id: 'F18',
    re: new RegExp(
      `Invalid setting for container ${Q}([^'\\s]*)${Q}\\. At least one of ${Q}memory${Q} or ${Q}memoryReservation${Q} must be specified`,
      'i',
    ),
    codes: ['container-memory-missing'],
    locate: (d, m) => finders.memory(d, name(m)),
    container: name,
    fallback: 'memory',
    explain: (m) =>
      `Without task-level memory, container "${name(m)}" needs memory or memoryReservation (MiB).`,
  },
  {
    id: 'F19',
    re: new RegExp(
      `The ${Q}memory${Q} setting for container ${Q}([^'\\s]*)${Q} is greater than for the task`,
      'i',
    ),
    codes: ['container-memory-exceeds-task'],
    locate: (d, m) => finders.memory(d, name(m)),
    container: name,
    fallback: 'memory',
    explain: (m) =>
      `Container "${name(m)}" asks for more memory than the whole task has: lower it or raise the task memory.`,
  },
  {
    id: 'F20',
    re: /The sum of all container '?memoryReservation'? values cannot be greater than the value of the task '?memory'?/i,
    codes: ['memory-reservation-sum'],
    fallback: 'memory',
    explain: () =>
      'The containers reserve more memory together than the task has: lower the reservations or raise the task memory.',
  },
  {
    id: 'F21',
    re: /Fargate requires task definition to have execution role ARN to support log driver awslogs/i,
    codes: ['fargate-awslogs-execution-role'],
    locate: (d) => finders.awslogs(d),
    fallback: 'executionRoleArn',
    explain: () => 'On Fargate the awslogs driver writes with the task execution role: set executionRoleArn.',
  },
  {
    id: 'F22',
    re: /Fargate requires task definition to have execution role ARN to support ECR images/i,
    codes: ['fargate-ecr-execution-role'],
    locate: (d) => finders.ecrImage(d),
    fallback: 'executionRoleArn',
    explain: () =>
      'On Fargate, private ECR images are pulled with the task execution role: set executionRoleArn.',
  },
  {
    id: 'F23',
    re: /When you are specifying container secrets, you must also specify a value for '?executionRoleArn'?/i,
    codes: ['secrets-execution-role'],
    locate: (d) => finders.secrets(d),
    fallback: 'executionRoleArn',
    explain: () => 'Secrets are fetched with the task execution role: set executionRoleArn.',
  },
  {
    id: 'F24',
    re: /Tasks using the Fargate launch type do not support ipcMode/i,
    codes: ['fargate-ipc-mode'],
    fallback: 'ipcMode',
    explain: () => 'Fargate does not support ipcMode: remove it.',
  },
  {
    id: 'F25',
    re: /do not support pidMode '?host'?/i,
    codes: ['fargate-pid-mode'],
    fallback: 'pidMode',
    explain: () => 'Fargate only supports pidMode "task": remove pidMode or set it to "task".',
  },
  {
    id: 'F26',
    re: /Fargate compatible task definitions do not support sourcePath/i,
    codes: ['fargate-host-source-path'],
    locate: (d) => finders.sourcePath(d),
    fallback: 'volumes',
    explain: () =>
      'Fargate has no host paths: remove host.sourcePath (an empty host volume is allowed) or use EFS.',
  },
  {
    id: 'F27',
    re: /A dependency container with SUCCESS or COMPLETE condition cannot be an essential container/i,
    codes: ['depends-on-essential-exit'],
    locate: (d) => finders.essentialDependency(d),
    fallback: 'containerDefinitions',
    explain: () =>
      'A container others wait on to exit (SUCCESS/COMPLETE) must be essential: false; essential defaults to true.',
  },
  {
    id: 'F28',
    re: new RegExp(
      `Cannot depend on container\\s*\\+?\\s*${Q}([^'\\s]+?)${Q}\\s+because it does not exist`,
      'i',
    ),
    codes: ['depends-on-unknown-container'],
    locate: (d, m) => finders.dependsOn(d, name(m)),
    fallback: 'containerDefinitions',
    explain: (m) => `dependsOn names container "${name(m)}", which is not in the task.`,
  },
  {
    id: 'F29',
    re: /Container links should not have a cycle/i,
    codes: ['links-cycle'],
    locate: (d) => finders.links(d),
    fallback: 'containerDefinitions',
    explain: () => 'The links between containers form a cycle; links must go one way.',
  },
  {
    id: 'F30',
    re: new RegExp(
      `Invalid ${Q}volumesFrom${Q} setting\\. Unknown container: ${Q}([^'\\s]+?)${Q}\\.?(?:\\s|$)`,
      'i',
    ),
    codes: ['volumes-from-unknown-container'],
    locate: (d, m) => finders.volumesFrom(d, name(m)),
    fallback: 'containerDefinitions',
    explain: (m) => `volumesFrom names container "${name(m)}", which is not in the task.`,
  },
  {
    id: 'F31',
    re: /Invalid arn syntax/i,
    codes: ['firelens-fargate-s3-config'],
    locate: (d) => finders.firelensConfig(d),
    fallback: '',
    fallbackCode: 'invalid-arn',
    explain: () =>
      'ECS read a value as an ARN and could not parse it. With FireLens on Fargate this is what "config-file-type": "s3" gives, even with a valid ARN: use "file" with a config baked into the image.',
  },
  {
    id: 'F32',
    re: /Task definition does not support launch_type FARGATE/i,
    codes: ['compatibility-fargate-missing'],
    fallback: 'requiresCompatibilities',
    explain: () =>
      'The definition was not registered as Fargate-compatible: add "FARGATE" to requiresCompatibilities (and meet its rules) before running it on Fargate.',
  },
  {
    id: 'F34',
    re: /Placement constraints are not supported with FARGATE launch type/i,
    codes: ['fargate-placement-constraints'],
    fallback: 'placementConstraints',
    explain: () => 'Fargate does not place tasks on instances: remove placementConstraints.',
  },
  {
    id: 'F35',
    re: /Network Configuration is not valid for the given networkMode of this task definition/i,
    codes: ['run-task-network-configuration'],
    fallback: 'networkMode',
    explain: () =>
      'RunTask/CreateService passed a network configuration, which only awsvpc tasks take: use networkMode awsvpc or drop the network configuration.',
  },
  {
    id: 'F36',
    re: /family must match/i,
    codes: ['family-invalid'],
    fallback: 'family',
    explain: () => 'The family may only use letters, digits, hyphens and underscores.',
  },
  {
    id: 'F37',
    re: /EphemeralStorage size should be at least 21|Ephemeral storage size must be between 21\s?GiB and 200\s?GiB/i,
    codes: ['ephemeral-storage-range'],
    fallback: 'ephemeralStorage.sizeInGiB',
    explain: () =>
      'ephemeralStorage.sizeInGiB must be 21-200; 20 GiB is the default, so omit it rather than set 20.',
  },
  {
    id: 'A16',
    re: new RegExp(
      `Container port '?(\\d+)'? is used in more than one port mapping for container ${Q}([^'\\s]+?)${Q}(?:\\.|\\s|$)`,
      'i',
    ),
    codes: ['duplicate-container-port'],
    container: (m) => m[2],
    fallback: 'containerDefinitions',
    explain: (m) =>
      `Container "${m[2] ?? ''}" maps port ${m[1] ?? ''} twice: keep one mapping per port and protocol.`,
  },
  {
    // Not in FIXTURES.md: seen in aws-samples/amazon-ecs-firelens-examples#83 and aws/amazon-ecs-agent#872.
    id: 'I01',
    re: /Log driver awslogs disallows options?:\s*'?([^'\s,]+)/i,
    codes: ['awslogs-option-disallowed'],
    locate: (d, m) => finders.logOption(d, name(m)),
    fallback: 'containerDefinitions',
    explain: (m) =>
      `ECS refuses log options the awslogs driver does not take: remove "${name(m)}" from logConfiguration.options (awslogs takes awslogs-group, awslogs-region, awslogs-stream-prefix, awslogs-create-group, awslogs-datetime-format, awslogs-multiline-pattern, mode and max-buffer-size). To filter what is sent, use FireLens instead.`,
  },
  {
    id: 'R02',
    re: /CannotPullContainerError/i,
    codes: ['image-pull-failed'],
    locate: (d, m) => finders.imageIn(d, m.input),
    fallback: 'containerDefinitions',
    explain: () =>
      'The task registered, but an image could not be pulled when it started: check the image name and tag, that the registry is reachable (a NAT gateway, public IP or VPC endpoints), and that the execution role may pull from ECR.',
  },
  {
    id: 'R01',
    re: /ResourceInitializationError[\s\S]*?(ssm:GetParameters|secretsmanager:GetSecretValue|kms:Decrypt)/i,
    codes: ['execution-role-permissions'],
    fallback: 'executionRoleArn',
    explain: (m) =>
      `The task started but the execution role may not ${m[1] ?? 'read the secrets'}: allow it on the secrets the definition names (see the generated execution-role policy).`,
  },
];
