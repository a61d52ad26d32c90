// The task execution role: what the ECS agent does before and around the containers (pull from
// ECR, write awslogs, read secrets and env files). Sources: the ECS developer guide's task
// execution IAM role page (ECR and awslogs actions, secrets and environmentFiles permissions).
import { isJsonObject, own, type JsonObject, type JsonValue } from '../json.ts';
import { arr, containers, field, obj, str } from '../rules/rule.ts';
import { ecrRepositoryArn, logGroupArn, s3ObjectArns, scopeOf, secretSource, type Scope } from './arns.ts';
import { buildPolicy, type IamPolicy, type PolicyStatement } from './policy.ts';

interface Needs {
  repositories: string[];
  logGroups: string[];
  createGroups: string[];
  secrets: string[];
  parameters: string[];
  envObjects: string[];
  envBuckets: string[];
}

function secretRefs(list: JsonValue | undefined): string[] {
  return arr(list)
    .map((s) => (isJsonObject(s) ? str(own(s, 'valueFrom')) : undefined))
    .filter((v): v is string => v !== undefined && v !== '');
}

function collect(doc: JsonObject, scope: Scope): Needs {
  const needs: Needs = {
    repositories: [],
    logGroups: [],
    createGroups: [],
    secrets: [],
    parameters: [],
    envObjects: [],
    envBuckets: [],
  };
  const addSecret = (ref: string, defaultKind: 'secretsmanager' | 'ssm'): void => {
    const source = secretSource(ref, scope, defaultKind);
    (source.kind === 'ssm' ? needs.parameters : needs.secrets).push(source.arn);
  };
  for (const { container } of containers(doc)) {
    const repo = ecrRepositoryArn(str(own(container, 'image')) ?? '');
    if (repo) needs.repositories.push(repo);
    const log = obj(own(container, 'logConfiguration'));
    const options = obj(field(log, 'options'));
    const group = str(field(options, 'awslogs-group'));
    if (str(field(log, 'logDriver')) === 'awslogs' && group) {
      const arn = logGroupArn(scope, str(field(options, 'awslogs-region')), group);
      needs.logGroups.push(arn);
      if ((str(field(options, 'awslogs-create-group')) ?? '').toLowerCase() === 'true')
        needs.createGroups.push(arn);
    }
    // A bare name in `secrets` is an SSM parameter; registry credentials are always Secrets Manager.
    for (const ref of [
      ...secretRefs(own(container, 'secrets')),
      ...secretRefs(field(log, 'secretOptions')),
    ]) {
      addSecret(ref, 'ssm');
    }
    const credentials = str(field(obj(own(container, 'repositoryCredentials')), 'credentialsParameter'));
    if (credentials) addSecret(credentials, 'secretsmanager');
    for (const file of arr(own(container, 'environmentFiles'))) {
      const arns = s3ObjectArns(str(field(obj(file), 'value')) ?? '');
      if (arns) {
        needs.envObjects.push(arns.object);
        needs.envBuckets.push(arns.bucket);
      }
    }
  }
  return needs;
}

/** The execution-role policy the definition needs, or undefined when it needs none. */
export function executionRolePolicy(doc: JsonObject): IamPolicy | undefined {
  const scope = scopeOf(doc);
  const n = collect(doc, scope);
  const statements: PolicyStatement[] = [];
  if (n.repositories.length > 0) {
    statements.push(
      {
        sid: 'EcrAuthorization',
        actions: ['ecr:GetAuthorizationToken'],
        resources: ['*'],
        reason:
          'Images come from Amazon ECR: the agent first gets a registry token (this action has no resource).',
      },
      {
        sid: 'EcrPull',
        actions: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
        resources: n.repositories,
        reason: 'Pull the images from these ECR repositories.',
      },
    );
  }
  if (n.logGroups.length > 0) {
    statements.push({
      sid: 'AwsLogs',
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: n.logGroups,
      reason: 'Containers log with the awslogs driver: create the log streams and write the events.',
    });
  }
  if (n.createGroups.length > 0) {
    statements.push({
      sid: 'AwsLogsCreateGroup',
      actions: ['logs:CreateLogGroup'],
      resources: n.createGroups,
      reason: 'awslogs-create-group is "true": the agent creates the log group when it is missing.',
    });
  }
  if (n.secrets.length > 0) {
    statements.push({
      sid: 'SecretsManager',
      actions: ['secretsmanager:GetSecretValue'],
      resources: n.secrets,
      reason: 'Read the Secrets Manager secrets named in secrets, secretOptions or repositoryCredentials.',
    });
  }
  if (n.parameters.length > 0) {
    statements.push({
      sid: 'SsmParameters',
      actions: ['ssm:GetParameters'],
      resources: n.parameters,
      reason: 'Read the SSM Parameter Store parameters named in secrets or secretOptions.',
    });
  }
  if (n.envObjects.length > 0) {
    statements.push(
      {
        sid: 'EnvironmentFiles',
        actions: ['s3:GetObject'],
        resources: n.envObjects,
        reason: 'Download the environment files from S3.',
      },
      {
        sid: 'EnvironmentFilesBucket',
        actions: ['s3:GetBucketLocation'],
        resources: n.envBuckets,
        reason: 'Find the region of the buckets that hold the environment files.',
      },
    );
  }
  const notes: string[] = [];
  if (n.secrets.length > 0 || n.parameters.length > 0) {
    notes.push(
      'If a secret or a SecureString parameter is encrypted with a customer managed KMS key, also allow kms:Decrypt on that key; the definition does not name it.',
    );
  }
  if (scope.account === '*')
    notes.push('No ARN names the account, so the resources use * for it: put yours in.');
  return buildPolicy(statements, notes);
}
