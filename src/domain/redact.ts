// What a shared copy of a definition leaves out: environment variable values (often credentials and
// internal addresses, pasted in plain text) and, on request, the AWS account ID in ARNs and ECR image
// hosts. The user's own document is never changed; only the copy that leaves the page.
import { isJsonObject, own, type JsonObject, type JsonValue } from './json.ts';

export interface RedactOptions {
  /** Replace every containerDefinitions[].environment[].value with REDACTED_VALUE. */
  readonly environmentValues: boolean;
  /** Replace the 12-digit account in ARNs and in `<account>.dkr.ecr.<region>.amazonaws.com` images. */
  readonly accountIds: boolean;
}

export interface Redaction {
  readonly document: JsonObject;
  /** How many environment values were replaced. */
  readonly environmentValues: number;
  /** How many account IDs were replaced. */
  readonly accountIds: number;
}

export const REDACTED_VALUE = '<redacted>';
/** AWS's documented example account: an ARN keeps its shape, and a reader sees it is not real. */
export const PLACEHOLDER_ACCOUNT = '111122223333';

// arn:partition:service:region:account:resource — the account is the fifth field.
const ARN_ACCOUNT = /\b(arn:[A-Za-z0-9-]+:[A-Za-z0-9-]*:[A-Za-z0-9-]*:)(\d{12})(?=[:/])/g;
const ECR_ACCOUNT = /(^|[^0-9])(\d{12})(?=\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com)/g;

function define(target: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of the value with `fn` applied bottom-up to every node; keys such as `__proto__` stay data. */
function rebuild(
  value: JsonValue,
  path: readonly string[],
  fn: (v: JsonValue, path: readonly string[]) => JsonValue,
): JsonValue {
  let copy: JsonValue = value;
  if (Array.isArray(value)) copy = value.map((v) => rebuild(v, [...path, '[]'], fn));
  else if (isJsonObject(value)) {
    const out: JsonObject = {};
    for (const key of Object.keys(value))
      define(out, key, rebuild(own(value, key) ?? null, [...path, key], fn));
    copy = out;
  }
  return fn(copy, path);
}

const ENV_VALUE_PATH = ['containerDefinitions', '[]', 'environment', '[]', 'value'];
const isEnvValue = (path: readonly string[]): boolean =>
  path.length === ENV_VALUE_PATH.length && path.every((p, i) => p === ENV_VALUE_PATH[i]);

/** The copy to share; the input is not modified. */
export function redactForSharing(doc: JsonObject, options: RedactOptions): Redaction {
  let environmentValues = 0;
  let accountIds = 0;
  const out = rebuild(doc, [], (value, path) => {
    if (options.environmentValues && isEnvValue(path)) {
      if (value === REDACTED_VALUE) return value;
      environmentValues++;
      return REDACTED_VALUE;
    }
    if (options.accountIds && typeof value === 'string') {
      const count = (_m: string, head: string, account: string): string => {
        if (account !== PLACEHOLDER_ACCOUNT) accountIds++;
        return head + PLACEHOLDER_ACCOUNT;
      };
      return value.replace(ARN_ACCOUNT, count).replace(ECR_ACCOUNT, count);
    }
    return value;
  });
  return { document: isJsonObject(out) ? out : {}, environmentValues, accountIds };
}
