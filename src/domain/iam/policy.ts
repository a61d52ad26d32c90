// IAM policy documents built from statements, each carrying the reason it exists.
import type { JsonObject } from '../json.ts';

export interface PolicyStatement {
  readonly sid: string;
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly condition?: JsonObject;
  /** Why the definition needs it, in words a reviewer can check. */
  readonly reason: string;
}

export interface IamPolicy {
  /** A valid identity policy: Version 2012-10-17, one statement per need, deterministic order. */
  readonly document: JsonObject;
  /** One sentence per statement, in the same order as `document.Statement`. */
  readonly reasons: string[];
  /** What the definition cannot tell (a customer managed KMS key, for example). */
  readonly notes: string[];
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs)].sort();

export function buildPolicy(
  statements: readonly PolicyStatement[],
  notes: readonly string[],
): IamPolicy | undefined {
  const kept = statements.filter((s) => s.actions.length > 0 && s.resources.length > 0);
  if (kept.length === 0) return undefined;
  const Statement = kept.map((s): JsonObject => {
    const resources = unique(s.resources);
    const out: JsonObject = {
      Sid: s.sid,
      Effect: 'Allow',
      Action: unique(s.actions),
      Resource: resources.length === 1 ? (resources[0] ?? '*') : resources,
    };
    if (s.condition) out.Condition = s.condition;
    return out;
  });
  return {
    document: { Version: '2012-10-17', Statement },
    reasons: kept.map((s) => s.reason),
    notes: [...notes],
  };
}
