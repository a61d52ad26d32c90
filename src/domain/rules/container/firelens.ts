// FireLens (RULES.md 66 and 86).
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { containers, isFargate, isWindows, obj, str, type ContainerRef, type Rule } from '../rule.ts';
import { child, items, label, problem, setFix, stringMap } from './util.ts';

function routers(all: readonly ContainerRef[]): ContainerRef[] {
  return all.filter((c) => obj(own(c.container, 'firelensConfiguration')) !== undefined);
}

// RULES.md 86 [REG]: on Fargate only `config-file-type: file` works; `s3` gives "Invalid arn
// syntax." (F31, even with a valid ARN). `log-driver-buffer-limit` belongs to awsfirelens only.
// FireLens is not available for Windows on Fargate (DG23 AWS_Fargate.md, not contradicted by the
// model: error). A container logging to awsfirelens needs a log router in the task (DG23
// using_firelens.md); no registration text was captured for that, so it is a warning.
// Sources: M:FirelensConfiguration; I:aws/aws-sdk#311.
export const firelensRule: Rule = {
  id: 'firelens',
  check(doc) {
    const out: Problem[] = [];
    const all = containers(doc);
    const routerList = routers(all);
    const fargate = isFargate(doc);
    for (const c of routerList) {
      const path = `${c.path}.firelensConfiguration`;
      if (fargate && isWindows(doc))
        out.push(
          problem(
            path,
            'error',
            'firelens-windows-fargate',
            'FireLens is not available for Windows containers on Fargate. Use the awslogs driver instead.',
          ),
        );
      const fileType = stringMap(own(obj(own(c.container, 'firelensConfiguration')) ?? {}, 'options')).get(
        'config-file-type',
      );
      if (fargate && fileType === 's3')
        out.push(
          problem(
            child(`${path}.options`, 'config-file-type'),
            'error',
            'firelens-fargate-s3-config',
            'Invalid arn syntax. On Fargate, FireLens reads its custom configuration only from a file inside the image (config-file-type "file"), not from S3. Bake the config into the router image and point config-file-value at its path.',
          ),
        );
      else if (fileType !== undefined && fileType !== 's3' && fileType !== 'file')
        out.push(
          problem(
            child(`${path}.options`, 'config-file-type'),
            'error',
            'firelens-config-file-type',
            `config-file-type is "s3" or "file", not "${fileType}".`,
          ),
        );
    }
    for (const c of all) {
      const log = obj(own(c.container, 'logConfiguration'));
      if (!log) continue;
      const driver = str(own(log, 'logDriver'));
      const options = stringMap(own(log, 'options'));
      if (options.has('log-driver-buffer-limit') && driver !== 'awsfirelens')
        out.push(
          problem(
            child(`${c.path}.logConfiguration.options`, 'log-driver-buffer-limit'),
            'error',
            'firelens-buffer-limit-driver',
            `log-driver-buffer-limit works only with the awsfirelens log driver; ${label(c)} uses ${driver ?? 'no driver'}. Remove it or switch to awsfirelens.`,
          ),
        );
      if (driver === 'awsfirelens' && routerList.length === 0)
        out.push(
          problem(
            `${c.path}.logConfiguration.logDriver`,
            'warning',
            'firelens-router-missing',
            `${label(c)} logs to awsfirelens, but no container of this task has a firelensConfiguration. Add a Fluent Bit log router container (the FireLens sidecar).`,
          ),
        );
    }
    return out;
  },
};

// RULES.md 66 [REG-doc]: dependencies on a FireLens container use START or HEALTHY (the router
// never exits, so COMPLETE/SUCCESS would wait forever). DG23 using_firelens.md describes start
// order, not a registration check: a warning. The bridge-mode "router starts first" part needs no
// rule: the ECS agent adds that START dependency itself (amazon-ecs-agent,
// task.addFirelensContainerDependency), and AWS's own bridge-mode FireLens samples omit it.
export const firelensOrderRule: Rule = {
  id: 'firelens-dependency-condition',
  check(doc) {
    const out: Problem[] = [];
    const all = containers(doc);
    const routerNames = new Set(routers(all).flatMap((c) => (c.name === undefined ? [] : [c.name])));
    if (routerNames.size === 0) return out;
    for (const c of all)
      for (const { item, path } of items(c, 'dependsOn')) {
        const target = str(own(item, 'containerName'));
        const condition = str(own(item, 'condition'));
        if (target === undefined || !routerNames.has(target) || target === c.name) continue;
        if (condition === undefined || condition === 'START' || condition === 'HEALTHY') continue;
        out.push(
          problem(
            `${path}.condition`,
            'warning',
            'firelens-dependency-condition',
            `A dependency on the FireLens container '${target}' must use START or HEALTHY, not ${condition}: the log router keeps running.`,
            setFix('Wait for START instead', `${path}.condition`, 'START'),
          ),
        );
      }
    return out;
  },
};
