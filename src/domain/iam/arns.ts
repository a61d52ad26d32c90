// What the definition tells about ARNs: partition, account and region, and the exact resources it
// names (ECR repositories, secrets, parameters, S3 objects, log groups).
import { isJsonObject, own, type JsonObject, type JsonValue } from '../json.ts';

export interface Scope {
  readonly partition: string;
  /** The account, when any ARN in the definition names one; `*` otherwise. */
  readonly account: string;
  /** A region the definition names (an ARN, an ECR host, awslogs-region); `*` otherwise. */
  readonly region: string;
}

const ARN = /^arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12})?:/;
const ECR_IMAGE = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\/([^:@\s]+)/;

function strings(value: JsonValue, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (isJsonObject(value)) Object.keys(value).forEach((k) => strings(own(value, k) ?? null, out));
  return out;
}

export function scopeOf(doc: JsonObject): Scope {
  let partition: string | undefined;
  let account: string | undefined;
  let region: string | undefined;
  for (const s of strings(doc, [])) {
    const arn = ARN.exec(s);
    const ecr = ECR_IMAGE.exec(s);
    partition ??= arn?.[1] ?? (ecr ? (ecr[3] ? 'aws-cn' : 'aws') : undefined);
    account ??= arn?.[4] ?? ecr?.[1];
    region ??= (arn?.[3] || undefined) ?? ecr?.[2];
  }
  return { partition: partition ?? 'aws', account: account ?? '*', region: region ?? '*' };
}

/** `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:1.0` -> the repository ARN. */
export function ecrRepositoryArn(image: string): string | undefined {
  const m = ECR_IMAGE.exec(image);
  if (!m) return undefined;
  return `arn:${m[3] ? 'aws-cn' : 'aws'}:ecr:${m[2] ?? ''}:${m[1] ?? ''}:repository/${m[4] ?? ''}`;
}

export type SecretSource = { kind: 'secretsmanager' | 'ssm'; arn: string };

/**
 * A secret reference (`valueFrom`, `credentialsParameter`) -> the ARN a policy must name.
 * Secrets Manager: the part up to the secret name (json-key, version stage and id are dropped); a
 * name without the 6-character suffix Secrets Manager appends gets `-??????`. SSM: an ARN as is, a
 * bare name becomes a parameter ARN in the task's region and account.
 */
export function secretSource(ref: string, scope: Scope, defaultKind: 'secretsmanager' | 'ssm'): SecretSource {
  const sm = /^(arn:[^:]+:secretsmanager:[^:]*:[^:]*:secret:)([^:]+)/.exec(ref);
  if (sm) {
    const name = sm[2] ?? '';
    const full = /-[A-Za-z0-9]{6}$/.test(name) ? name : `${name}-??????`;
    return { kind: 'secretsmanager', arn: `${sm[1] ?? ''}${full}` };
  }
  if (/^arn:[^:]+:ssm:/.test(ref)) return { kind: 'ssm', arn: ref };
  const { partition, region, account } = scope;
  if (defaultKind === 'secretsmanager') {
    return {
      kind: 'secretsmanager',
      arn: `arn:${partition}:secretsmanager:${region}:${account}:secret:${ref}-??????`,
    };
  }
  return {
    kind: 'ssm',
    arn: `arn:${partition}:ssm:${region}:${account}:parameter/${ref.replace(/^\//, '')}`,
  };
}

/** `arn:aws:s3:::bucket/key` -> the object ARN and the bucket ARN. */
export function s3ObjectArns(arn: string): { object: string; bucket: string } | undefined {
  const m = /^(arn:[^:]+:s3:::)([^/]+)\/(.+)$/.exec(arn);
  if (!m) return undefined;
  return { object: arn, bucket: `${m[1] ?? ''}${m[2] ?? ''}` };
}

export function logGroupArn(scope: Scope, region: string | undefined, group: string): string {
  return `arn:${scope.partition}:logs:${region ?? scope.region}:${scope.account}:log-group:${group}:*`;
}
