// Log configuration (RULES.md section I): Fargate log drivers, the awslogs execution role and the
// awslogs options.
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { containers, isFargate, obj, str, type Rule } from '../rule.ts';
import { child, hasExecutionRole, label, problem, setFix, stringMap } from './util.ts';

const FARGATE_DRIVERS = new Set(['awslogs', 'splunk', 'awsfirelens']);
// cfn-lint's list (RULES.md 82) plus the other options Docker's awslogs driver accepts
// (awslogs-endpoint, awslogs-stream, tag, ...): only a key outside both is reported.
const AWSLOGS_KEYS = new Set(
  (
    'awslogs-create-group awslogs-datetime-format awslogs-group awslogs-multiline-pattern ' +
    'awslogs-region awslogs-stream-prefix max-buffer-size mode awslogs-endpoint awslogs-stream ' +
    'awslogs-create-stream awslogs-credentials-endpoint awslogs-force-flush-interval-seconds ' +
    'awslogs-max-buffered-events awslogs-format tag'
  ).split(' '),
);

// RULES.md 80 [REG-doc]: Fargate allows only awslogs, splunk and awsfirelens.
// Source: M:LogConfiguration.logDriver; CFN fargate_properties.json.
// RULES.md 81 [REG] (F21): Fargate with awslogs requires executionRoleArn.
// Source: I:virtual-kubelet/virtual-kubelet#193.
export const fargateLoggingRule: Rule = {
  id: 'fargate-logging',
  check(doc) {
    if (!isFargate(doc)) return [];
    const out: Problem[] = [];
    const role = hasExecutionRole(doc);
    for (const c of containers(doc)) {
      const driver = str(own(obj(own(c.container, 'logConfiguration')) ?? {}, 'logDriver'));
      if (driver === undefined) continue;
      const path = `${c.path}.logConfiguration.logDriver`;
      if (!FARGATE_DRIVERS.has(driver))
        out.push(
          problem(
            path,
            'error',
            'fargate-log-driver',
            `Fargate supports only the awslogs, splunk and awsfirelens log drivers, not ${driver}. Use awslogs (CloudWatch Logs) or route logs through FireLens.`,
          ),
        );
      else if (driver === 'awslogs' && !role)
        out.push(
          problem(
            path,
            'error',
            'fargate-awslogs-execution-role',
            'Fargate requires task definition to have execution role ARN to support log driver awslogs. Set executionRoleArn to a role with the AmazonECSTaskExecutionRolePolicy.',
          ),
        );
    }
    return out;
  },
};

// RULES.md 82 [REG-doc]: awslogs needs awslogs-group and awslogs-region, and awslogs-stream-prefix
// on Fargate; awslogs-datetime-format and awslogs-multiline-pattern exclude each other. A missing
// region is a warning on EC2 only: Docker's awslogs driver then takes the instance's Region from
// instance metadata, so such a definition runs. Unknown keys (cfn-lint's list) and a bad `mode`
// (RULES.md 84) reach Docker only when the container starts, so they are warnings.
// Source: M:LogConfiguration.options; CFN logging_configuration.json.
export const awslogsOptionsRule: Rule = {
  id: 'awslogs-options',
  check(doc) {
    const out: Problem[] = [];
    const fargate = isFargate(doc);
    for (const c of containers(doc)) {
      const log = obj(own(c.container, 'logConfiguration'));
      if (!log || str(own(log, 'logDriver')) !== 'awslogs') continue;
      const options = stringMap(own(log, 'options'));
      const path = `${c.path}.logConfiguration.options`;
      if ((options.get('awslogs-group') ?? '').trim() === '')
        out.push(
          problem(
            path,
            'error',
            'awslogs-option-missing',
            `The awslogs driver needs the option awslogs-group (the CloudWatch Logs group). Add it to ${label(c)}'s log options.`,
          ),
        );
      if ((options.get('awslogs-region') ?? '').trim() === '')
        out.push(
          problem(
            path,
            fargate ? 'error' : 'warning',
            fargate ? 'awslogs-option-missing' : 'awslogs-region-missing',
            `The awslogs driver needs the option awslogs-region (e.g. us-east-1)${fargate ? '' : "; on EC2 Docker falls back to the instance's Region, which may not be the log group's"}. Add it to ${label(c)}'s log options.`,
          ),
        );
      if (fargate && (options.get('awslogs-stream-prefix') ?? '').trim() === '') {
        const prefix = c.name ?? 'ecs';
        out.push(
          problem(
            path,
            'error',
            'awslogs-stream-prefix-missing',
            `On Fargate the awslogs driver needs awslogs-stream-prefix; streams are then named prefix/${c.name ?? 'container'}/<task id>. Add one, e.g. "${prefix}".`,
            setFix(`Add awslogs-stream-prefix "${prefix}"`, child(path, 'awslogs-stream-prefix'), prefix),
          ),
        );
      }
      if (options.has('awslogs-datetime-format') && options.has('awslogs-multiline-pattern'))
        out.push(
          problem(
            child(path, 'awslogs-multiline-pattern'),
            'error',
            'awslogs-multiline-conflict',
            'awslogs-datetime-format and awslogs-multiline-pattern cannot both be set (the datetime format wins). Keep one of them.',
            setFix('Remove awslogs-multiline-pattern', child(path, 'awslogs-multiline-pattern'), undefined),
          ),
        );
      const mode = options.get('mode');
      if (mode !== undefined && mode !== 'blocking' && mode !== 'non-blocking')
        out.push(
          problem(
            `${path}.mode`,
            'warning',
            'awslogs-option-unknown',
            `The awslogs mode is "blocking" or "non-blocking", not "${mode}"; Docker refuses the container at start.`,
          ),
        );
      // A key neither list knows is refused at registration: "Log driver awslogs disallows options:
      // log_key" (ClientException from RegisterTaskDefinition, on Fargate in
      // aws-samples/amazon-ecs-firelens-examples#83 and on EC2 in aws/amazon-ecs-agent#872).
      for (const key of options.keys())
        if (!AWSLOGS_KEYS.has(key))
          out.push(
            problem(
              child(path, key),
              'error',
              'awslogs-option-disallowed',
              `Log driver awslogs disallows options: ${key}. "${key}" is not an awslogs option (awslogs-group, awslogs-region, awslogs-stream-prefix, awslogs-create-group, awslogs-datetime-format, awslogs-multiline-pattern, mode, max-buffer-size); remove it or check the spelling.`,
              setFix(`Remove "${key}"`, child(path, key), undefined),
            ),
          );
    }
    return out;
  },
};
