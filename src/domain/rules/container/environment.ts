// Environment, environment files and secrets (RULES.md section H).
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { arr, containers, obj, str, type Rule } from '../rule.ts';
import { hasExecutionRole, isNonEmptyArray, items, label, problem } from './util.ts';

const S3_ENV_ARN = /^arn:aws[a-z-]*:s3:::[^/]+\/.+\.env$/;
const SECRET_ARN =
  /^arn:aws[a-z-]*:(secretsmanager:[a-z0-9-]+:\d{12}:secret:.+|ssm:[a-z0-9-]+:\d{12}:parameter\/.+)$/;

// RULES.md 73 [REG-doc]: at most 10 environmentFiles (the model says per container, and the model
// wins over DG23's "per task definition"); `value` is the ARN of an S3 object with a .env
// extension. `type: s3` is the schema's enum. Source: M:ContainerDefinition.environmentFiles;
// DG23 taskdef-envfiles.md.
export const environmentFilesRule: Rule = {
  id: 'environment-files',
  check(doc) {
    const out: Problem[] = [];
    for (const c of containers(doc)) {
      const files = arr(own(c.container, 'environmentFiles'));
      if (files.length > 10)
        out.push(
          problem(
            `${c.path}.environmentFiles`,
            'error',
            'environment-files-too-many',
            `${label(c)} lists ${files.length} environment files; the limit is 10. Merge some .env files.`,
          ),
        );
      for (const { item, path } of items(c, 'environmentFiles')) {
        const value = str(own(item, 'value'));
        if (value === undefined || S3_ENV_ARN.test(value)) continue;
        out.push(
          problem(
            `${path}.value`,
            'error',
            'environment-file-arn',
            `"${value}" is not the ARN of an S3 object with a .env extension. Use arn:aws:s3:::<bucket>/<key>.env.`,
          ),
        );
      }
    }
    return out;
  },
};

// RULES.md 72 [ADV]: a variable defined twice in `environment`: only one value reaches the
// container, and which one is easy to misread. One pass with a Set per container (no O(n^2)).
export const environmentDuplicatesRule: Rule = {
  id: 'environment-duplicate',
  check(doc) {
    const out: Problem[] = [];
    for (const c of containers(doc)) {
      const seen = new Set<string>();
      const env = own(c.container, 'environment');
      if (!Array.isArray(env)) continue;
      for (let i = 0; i < env.length; i++) {
        const name = str(own(obj(env[i]) ?? {}, 'name'));
        if (name === undefined) continue;
        if (seen.has(name))
          out.push(
            problem(
              `${c.path}.environment[${i}].name`,
              'warning',
              'environment-duplicate',
              `The variable ${name} is defined more than once in ${label(c)}; only one value reaches the container. Keep one entry.`,
            ),
          );
        seen.add(name);
      }
    }
    return out;
  },
};

// RULES.md 75 [REG] (F23): a container with `secrets` requires executionRoleArn.
// RULES.md 76/114/115: log-driver secretOptions and repositoryCredentials are read with the
// execution role too; no registration text was captured for those, so they are warnings (RUN).
// Sources: I:fabfuel/ecs-deploy#87; I:hashicorp/terraform-provider-aws#6503; DG23
// specifying-sensitive-data-secrets.md, private-auth.
export const secretsExecutionRoleRule: Rule = {
  id: 'secrets-execution-role',
  check(doc) {
    if (hasExecutionRole(doc)) return [];
    const out: Problem[] = [];
    for (const c of containers(doc)) {
      if (isNonEmptyArray(own(c.container, 'secrets')))
        out.push(
          problem(
            `${c.path}.secrets`,
            'error',
            'secrets-execution-role',
            "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'. Set executionRoleArn to a role that may read these secrets (e.g. ecsTaskExecutionRole with secretsmanager:GetSecretValue / ssm:GetParameters).",
          ),
        );
      const log = obj(own(c.container, 'logConfiguration'));
      if (isNonEmptyArray(own(log ?? {}, 'secretOptions')))
        out.push(
          problem(
            `${c.path}.logConfiguration.secretOptions`,
            'warning',
            'log-secrets-execution-role',
            'Log driver secretOptions are read with the task execution role, and this task definition has none: the container will fail to start. Set executionRoleArn.',
          ),
        );
      if (obj(own(c.container, 'repositoryCredentials')))
        out.push(
          problem(
            `${c.path}.repositoryCredentials`,
            'warning',
            'repository-credentials-execution-role',
            'Private registry credentials are read with the task execution role, and this task definition has none: the image pull will fail. Set executionRoleArn.',
          ),
        );
    }
    return out;
  },
};

// RULES.md 76 [SDK]: valueFrom is a Secrets Manager secret ARN (optionally with
// :json-key:version-stage:version-id), an SSM parameter ARN, or a bare SSM parameter name in the
// same Region. The SDK only checks that it is a string, and a wrong ARN fails when the container
// starts (RULES.md 77), so an ARN of any other service is a warning. Source: M:Secret; DG23
// specifying-sensitive-data-secrets.md.
export const secretValueFromRule: Rule = {
  id: 'secret-value-from',
  check(doc) {
    const out: Problem[] = [];
    for (const c of containers(doc)) {
      const lists = [
        { path: `${c.path}.secrets`, list: own(c.container, 'secrets') },
        {
          path: `${c.path}.logConfiguration.secretOptions`,
          list: own(obj(own(c.container, 'logConfiguration')) ?? {}, 'secretOptions'),
        },
      ];
      for (const { path, list } of lists)
        arr(list).forEach((s, i) => {
          const valueFrom = str(own(obj(s) ?? {}, 'valueFrom'));
          if (valueFrom === undefined || !valueFrom.startsWith('arn:') || SECRET_ARN.test(valueFrom)) return;
          out.push(
            problem(
              `${path}[${i}].valueFrom`,
              'warning',
              'secret-value-from',
              `"${valueFrom}" is neither a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>) nor an SSM parameter ARN (arn:aws:ssm:<region>:<account>:parameter/<name>); the container will fail to start.`,
            ),
          );
        });
    }
    return out;
  },
};
