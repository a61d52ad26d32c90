// The tracing sidecars the editor can add with one click. Facts: reference/XRAY.md (sections 0, 1, 2, 5
// and 6); every value here names its source there.
import type { JsonObject } from '../json.ts';

export type SidecarKind = 'xray' | 'adot';

/** The preferred sidecar first: the X-Ray daemon is in maintenance (XRAY.md section 0). */
export const SIDECAR_KINDS: readonly SidecarKind[] = ['adot', 'xray'];

export interface SidecarCatalogEntry {
  readonly label: string;
  readonly containerName: string;
  /** The first image is the default; the others are offered as options (same software, other registry). */
  readonly images: readonly string[];
  readonly status: string;
  readonly taskRolePolicy: { readonly name: string; readonly document: JsonObject };
}

/** The five actions of AWSXRayDaemonWriteAccess, on Resource "*" (XRAY.md section 5, [POLICY]). */
export const XRAY_WRITE_ACTIONS: readonly string[] = [
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'xray:GetSamplingRules',
  'xray:GetSamplingTargets',
  'xray:GetSamplingStatisticSummaries',
];

/** What the collector's awsemf exporter needs for metrics (XRAY.md section 6, IAM (EMF metrics)). */
export const EMF_ACTIONS: readonly string[] = [
  'logs:PutLogEvents',
  'logs:CreateLogGroup',
  'logs:CreateLogStream',
  'logs:DescribeLogStreams',
  'logs:DescribeLogGroups',
  'cloudwatch:PutMetricData',
];

export const XRAY_MANAGED_POLICY_ARN = 'arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess';

const statement = (actions: readonly string[]): JsonObject => ({
  Effect: 'Allow',
  Action: [...actions],
  Resource: '*',
});

export const SIDECAR_CATALOG: Record<SidecarKind, SidecarCatalogEntry> = {
  xray: {
    label: 'AWS X-Ray daemon',
    containerName: 'xray-daemon',
    // ECR Public since daemon 3.2.0 and Docker Hub; `3.x` follows the latest 3.x release (XRAY.md section 1).
    images: ['public.ecr.aws/xray/aws-xray-daemon:3.x', 'amazon/aws-xray-daemon:3.x'],
    status:
      'The X-Ray daemon (and the X-Ray SDKs) entered maintenance mode on 2026-02-25 (security fixes only) and ' +
      'reaches end of support on 2027-02-25. AWS recommends OpenTelemetry: prefer the ADOT collector ' +
      '(sidecar kind "adot"), which also receives X-Ray SDK segments on 2000/udp.',
    taskRolePolicy: {
      name: 'AWSXRayDaemonWriteAccess',
      document: { Version: '2012-10-17', Statement: [statement(XRAY_WRITE_ACTIONS)] },
    },
  },
  adot: {
    label: 'AWS Distro for OpenTelemetry collector',
    containerName: 'aws-otel-collector',
    // v0.30.0 is the newest tag the ECS docs pin (XRAY.md section 6); newer releases exist upstream.
    images: [
      'public.ecr.aws/aws-observability/aws-otel-collector:v0.30.0',
      'amazon/aws-otel-collector:v0.30.0',
    ],
    status:
      'Recommended. Receives OTLP (4317 gRPC, 4318 HTTP) and X-Ray SDK segments (2000/udp) and sends traces ' +
      'to X-Ray and metrics to CloudWatch (EMF). The image tag is the one the ECS docs pin (v0.30.0): check ' +
      'for a newer release.',
    taskRolePolicy: {
      // ECS's ADOT guide names its traces-only policy AWSDistroOpenTelemetryPolicyForXray; the default config
      // also exports EMF metrics, hence the second statement.
      name: 'AWSDistroOpenTelemetryPolicy',
      document: {
        Version: '2012-10-17',
        Statement: [statement(XRAY_WRITE_ACTIONS), statement(EMF_ACTIONS)],
      },
    },
  },
};

/** Docker label on the sidecar that records what add left as it found it (see undo-record.ts). */
export const UNDO_LABEL = 'taskdef-editor.sidecar-undo';

/** Baked-in collector configs (XRAY.md section 6, [ADOT-REPO] config/ecs/). */
export const ADOT_DEFAULT_CONFIG = '/etc/ecs/ecs-default-config.yaml';
/** OTLP in, X-Ray out, no 2000/udp receiver: used when an X-Ray daemon already owns that port. */
export const ADOT_XRAY_ONLY_CONFIG = '/etc/ecs/ecs-xray.yaml';

/** Per-kind resources: the AWS daemon example (XRAY.md section 2) and AWS's ADOT Fargate template. */
export const SIDECAR_RESOURCES: Record<SidecarKind, { cpu: number; memoryReservation: number }> = {
  xray: { cpu: 32, memoryReservation: 256 },
  adot: { cpu: 256, memoryReservation: 512 },
};

/** Image repository without tag or digest: `amazon/aws-xray-daemon:3.x` -> `amazon/aws-xray-daemon`. */
export function imageRepository(image: string): string {
  const noDigest = image.split('@')[0] ?? image;
  const colon = noDigest.lastIndexOf(':');
  return colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
}
