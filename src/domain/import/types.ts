import type { JsonObject } from '../json.ts';

/** What the pasted text turned out to be; the importer unwraps each into RegisterTaskDefinition input. */
export type InputKind =
  | 'register-input'
  | 'describe-output'
  | 'cloudformation-template'
  | 'cloudformation-resource'
  | 'container-array'
  | 'container';

/** One change the importer made, so the user can see (and judge) every edit. */
export interface AppliedFix {
  /** Stable identifier, e.g. `read-only-removed`, `coerce-to-string`, `cfn-intrinsic`. */
  readonly code: string;
  /** AWS CLI path in the imported document ('' = the whole document). */
  readonly path: string;
  readonly message: string;
}

/** Why the text could not be read; line and column are 1-based. */
export interface ReadError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export type ImportResult =
  | {
      ok: true;
      kind: InputKind;
      format: 'json' | 'yaml';
      document: JsonObject;
      fixes: AppliedFix[];
      notes: string[];
    }
  | { ok: false; error: ReadError };
