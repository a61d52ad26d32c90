// The reminders that accompany an add: they never block it.
import { own, type JsonObject } from '../json.ts';
import { isFargate, str } from '../rules/rule.ts';
import {
  ADOT_XRAY_ONLY_CONFIG,
  SIDECAR_CATALOG,
  XRAY_MANAGED_POLICY_ARN,
  type SidecarKind,
} from './catalog.ts';
import type { SidecarMode } from './wiring.ts';

export interface NoteContext {
  readonly mode: SidecarMode;
  readonly xrayReceiver: boolean;
  readonly skipped: readonly number[];
  readonly undo: boolean;
  readonly image: string;
}

// XRAY.md section 8, item 5; RULES.md 114 (F22): Fargate pulls from private ECR with the execution role.
const PRIVATE_ECR = /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//;

function policyNote(kind: SidecarKind, xrayReceiver: boolean): string {
  const policy = SIDECAR_CATALOG[kind].taskRolePolicy;
  if (kind === 'xray')
    return `The task role needs X-Ray write permissions: attach the AWS managed policy ${policy.name} (${XRAY_MANAGED_POLICY_ARN}), or this policy: ${JSON.stringify(policy.document)}`;
  const statements = policy.document.Statement;
  // Without the X-Ray receiver the collector runs the traces-only config, which needs no EMF permissions.
  const document =
    !xrayReceiver && Array.isArray(statements)
      ? { ...policy.document, Statement: statements.slice(0, 1) }
      : policy.document;
  return `The task role needs the collector's permissions (X-Ray write, as in AWSXRayDaemonWriteAccess${
    xrayReceiver ? ', plus CloudWatch EMF for metrics' : ''
  }): ${JSON.stringify(document)}`;
}

export function addNotes(doc: JsonObject, kind: SidecarKind, ctx: NoteContext): string[] {
  const entry = SIDECAR_CATALOG[kind];
  const notes: string[] = [];
  if (kind === 'xray') notes.push(entry.status);
  notes.push(policyNote(kind, ctx.xrayReceiver));
  if ((str(own(doc, 'taskRoleArn')) ?? '').trim() === '')
    notes.push(
      `taskRoleArn is not set: the ${entry.label} signs its uploads with the task role's credentials. Set taskRoleArn to a role with the permissions above.`,
    );
  if (
    PRIVATE_ECR.test(ctx.image) &&
    isFargate(doc) &&
    (str(own(doc, 'executionRoleArn')) ?? '').trim() === ''
  )
    notes.push(
      'The image is in a private ECR repository and the task runs on Fargate, which pulls it with the execution role: set executionRoleArn ("Fargate requires task definition to have execution role ARN to support ECR images.").',
    );
  if (kind === 'adot' && !ctx.xrayReceiver)
    notes.push(
      `An X-Ray daemon already listens on 2000/udp, so the collector runs ${ADOT_XRAY_ONLY_CONFIG} (OTLP in, X-Ray out) and leaves 2000/udp to the daemon. To move fully to the collector, remove the daemon, then remove and add the collector.`,
    );
  if (ctx.mode === 'host')
    notes.push(
      'host mode: the sidecar binds its ports on the instance itself, so only one such task can run per instance (RULES.md 45).',
    );
  if (ctx.skipped.length > 0)
    notes.push(
      `Not wired: ${ctx.skipped.map((i) => `containerDefinitions[${i}]`).join(', ')} (no valid container name).`,
    );
  if (ctx.undo)
    notes.push(
      'The sidecar carries a Docker label recording what was already there (or the task size it grew), so that removing it restores the task definition exactly.',
    );
  return notes;
}
