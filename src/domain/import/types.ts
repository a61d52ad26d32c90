import type { JsonObject, JsonValue } from '../json.ts';

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

/**
 * A fix the import made, as the import dialog offers it: an optional one can be left out with
 * `applyImportFixes`; a required one (`required` says why) is what makes the input a task definition.
 */
export interface ImportFix extends AppliedFix {
  /** Stable for one input, whatever else is declined: `code@path`, the path in the unwrapped document. */
  readonly id: string;
  /** Set on the structural steps that cannot be left out: why not. */
  readonly required?: string;
}

/** What `applyImportFixes` needs to redo the optional fixes with another choice. */
export interface ImportBase {
  /** The task definition after the structural steps (unwrapped, renamed, tags hoisted), before any cleaning. */
  readonly document: JsonObject;
  readonly describe: boolean;
  readonly bigIntegers: ReadonlyMap<number, string>;
  /** The value each optional structural-stage fix replaced (a CloudFormation intrinsic), by fix id. */
  readonly originals: ReadonlyMap<string, JsonValue>;
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
      fixes: ImportFix[];
      notes: string[];
      base: ImportBase;
    }
  | { ok: false; error: ReadError };

export type ImportSuccess = Extract<ImportResult, { ok: true }>;
