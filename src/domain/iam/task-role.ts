// The task role: what the containers themselves call, as far as the definition reveals it (tracing
// sidecars, EFS IAM authorization, S3 Files volumes, FireLens destinations). Application calls are
// invisible to a task definition; this policy is a floor, not the whole role.
import type { JsonObject } from '../json.ts';
import { arr, containers, field, obj, str } from '../rules/rule.ts';
import { logGroupArn, scopeOf, type Scope } from './arns.ts';
import { buildPolicy, type IamPolicy, type PolicyStatement } from './policy.ts';

/** AWSXRayDaemonWriteAccess (XRAY.md section 5): the same five actions serve the daemon and ADOT. */
const XRAY_ACTIONS = [
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'xray:GetSamplingRules',
  'xray:GetSamplingTargets',
  'xray:GetSamplingStatisticSummaries',
];

function tracing(doc: JsonObject): PolicyStatement[] {
  const tracers = containers(doc).filter(({ container }) =>
    /aws-xray-daemon|xray-daemon|aws-otel-collector/.test(str(container.image) ?? ''),
  );
  if (tracers.length === 0) return [];
  const names = tracers.map((t) => t.name ?? `#${t.index}`).join(', ');
  const out: PolicyStatement[] = [
    {
      sid: 'XRayWrite',
      actions: XRAY_ACTIONS,
      resources: ['*'],
      reason: `The tracing sidecar (${names}) sends segments to X-Ray and reads sampling rules; X-Ray actions take no resource.`,
    },
  ];
  // ADOT configurations that export EMF metrics also write CloudWatch Logs and metrics (XRAY.md section 6).
  const emf = tracers.some(({ container }) =>
    arr(container.command).some((c) => typeof c === 'string' && /ecs-cloudwatch|ecs-default-config/.test(c)),
  );
  if (emf) {
    out.push({
      sid: 'AdotMetrics',
      actions: [
        'cloudwatch:PutMetricData',
        'logs:CreateLogGroup',
        'logs:CreateLogStream',
        'logs:DescribeLogGroups',
        'logs:DescribeLogStreams',
        'logs:PutLogEvents',
      ],
      resources: ['*'],
      reason: 'The ADOT collector configuration exports metrics in EMF to CloudWatch Logs and CloudWatch.',
    });
  }
  return out;
}

/** Volumes mounted by some container, and whether any mount writes or runs as root. */
function mountUse(doc: JsonObject, volume: string): { write: boolean; root: boolean } {
  let write = false;
  let root = false;
  for (const { container } of containers(doc)) {
    const mounts = arr(container.mountPoints).filter((m) => str(field(obj(m), 'sourceVolume')) === volume);
    if (mounts.length === 0) continue;
    if (mounts.some((m) => field(obj(m), 'readOnly') !== true)) write = true;
    const user = str(container.user);
    if (user === undefined || /^(0|root)(:|$)/.test(user)) root = true;
  }
  return { write, root };
}

function storage(doc: JsonObject, scope: Scope): PolicyStatement[] {
  const out: PolicyStatement[] = [];
  arr(doc.volumes).forEach((v, i) => {
    const volume = obj(v);
    const name = str(field(volume, 'name')) ?? `#${i}`;
    const efs = obj(field(volume, 'efsVolumeConfiguration'));
    const s3files = obj(field(volume, 's3filesVolumeConfiguration'));
    const use = mountUse(doc, name);
    const actions = (prefix: string): string[] => [
      `${prefix}:ClientMount`,
      ...(use.write ? [`${prefix}:ClientWrite`] : []),
      ...(use.root ? [`${prefix}:ClientRootAccess`] : []),
    ];
    const detail = `${use.write ? 'written to' : 'mounted read-only'}${use.root ? ', by a container running as root' : ''}`;
    const fsId = str(field(efs, 'fileSystemId'));
    const auth = obj(field(efs, 'authorizationConfig'));
    if (fsId && str(field(auth, 'iam')) === 'ENABLED') {
      const accessPoint = str(field(auth, 'accessPointId'));
      const base = `arn:${scope.partition}:elasticfilesystem:${scope.region}:${scope.account}`;
      out.push({
        sid: `Efs${out.length + 1}`,
        actions: actions('elasticfilesystem'),
        resources: [`${base}:file-system/${fsId}`],
        ...(accessPoint
          ? {
              condition: {
                StringEquals: { 'elasticfilesystem:AccessPointArn': `${base}:access-point/${accessPoint}` },
              },
            }
          : {}),
        reason: `Volume ${name} uses EFS IAM authorization; it is ${detail}.`,
      });
    }
    const fsArn = str(field(s3files, 'fileSystemArn'));
    if (fsArn) {
      out.push({
        sid: `S3Files${out.length + 1}`,
        actions: actions('s3files'),
        resources: [fsArn],
        reason: `Volume ${name} is an S3 Files file system (it requires a task role); it is ${detail}.`,
      });
    }
  });
  return out;
}

/** FireLens outputs configured in logConfiguration.options: the log router sends with the task role. */
function firelens(doc: JsonObject, scope: Scope): PolicyStatement[] {
  const logs: string[] = [];
  const createGroups: string[] = [];
  const firehose: string[] = [];
  const kinesis: string[] = [];
  const buckets: string[] = [];
  const { partition, region, account } = scope;
  for (const { container } of containers(doc)) {
    const log = obj(container.logConfiguration);
    if (str(field(log, 'logDriver')) !== 'awsfirelens') continue;
    const o = obj(field(log, 'options'));
    const opt = (k: string): string | undefined => str(field(o, k));
    const at = opt('region') ?? region;
    const name = (opt('Name') ?? '').toLowerCase();
    if ((name === 'cloudwatch' || name === 'cloudwatch_logs') && opt('log_group_name')) {
      const arn = logGroupArn(scope, at, opt('log_group_name') ?? '');
      logs.push(arn);
      if ((opt('auto_create_group') ?? '').toLowerCase() === 'true') createGroups.push(arn);
    }
    const stream = opt('delivery_stream');
    if ((name === 'firehose' || name === 'kinesis_firehose') && stream)
      firehose.push(`arn:${partition}:firehose:${at}:${account}:deliverystream/${stream}`);
    const ks = opt('stream');
    if ((name === 'kinesis' || name === 'kinesis_streams') && ks)
      kinesis.push(`arn:${partition}:kinesis:${at}:${account}:stream/${ks}`);
    const bucket = opt('bucket');
    if (name === 's3' && bucket) buckets.push(`arn:${partition}:s3:::${bucket}/*`);
  }
  const why = (what: string): string => `The FireLens log router sends logs to ${what} with the task role.`;
  return [
    {
      sid: 'FireLensLogs',
      actions: ['logs:CreateLogStream', 'logs:DescribeLogStreams', 'logs:PutLogEvents'],
      resources: logs,
      reason: why('CloudWatch Logs'),
    },
    {
      sid: 'FireLensCreateGroup',
      actions: ['logs:CreateLogGroup'],
      resources: createGroups,
      reason: 'auto_create_group is "true" in the FireLens CloudWatch output.',
    },
    {
      sid: 'FireLensFirehose',
      actions: ['firehose:PutRecordBatch'],
      resources: firehose,
      reason: why('Kinesis Data Firehose'),
    },
    {
      sid: 'FireLensKinesis',
      actions: ['kinesis:PutRecords'],
      resources: kinesis,
      reason: why('Kinesis Data Streams'),
    },
    { sid: 'FireLensS3', actions: ['s3:PutObject'], resources: buckets, reason: why('Amazon S3') },
  ];
}

/** The task-role policy the definition reveals, or undefined when it reveals none. */
export function taskRolePolicy(doc: JsonObject): IamPolicy | undefined {
  const scope = scopeOf(doc);
  const statements = [...tracing(doc), ...storage(doc, scope), ...firelens(doc, scope)];
  const notes = ['Only what the task definition reveals is here; add what your application code calls.'];
  if (scope.account === '*')
    notes.push('No ARN names the account, so the resources use * for it: put yours in.');
  return buildPolicy(statements, notes);
}
