// The formats the Export dialog offers: each a file name and a generator over the same document.
// Every generator is guarded, so a bug in one format shows a message instead of breaking the page.
import {
  executionRolePolicy,
  exportJson,
  own,
  registerCommand,
  safeFileStem,
  taskRolePolicy,
  toCdk,
  toCloudFormation,
  toTerraform,
  type IamPolicy,
  type JsonObject,
} from '../../domain/index.ts';

export type FormatId =
  | 'register-json'
  | 'cfn-yaml'
  | 'cfn-json'
  | 'terraform'
  | 'cdk'
  | 'execution-role-policy'
  | 'task-role-policy';

export interface PolicyReason {
  readonly sid: string;
  readonly reason: string;
}

export type FormatOutput =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly fileName: string;
      /** For policies: why each statement is there, in order, and what the definition cannot tell. */
      readonly reasons?: readonly PolicyReason[];
      readonly notes?: readonly string[];
    }
  | { readonly kind: 'none'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

export interface ExportFormat {
  readonly id: FormatId;
  readonly label: string;
  readonly mime: string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'register-json', label: 'JSON for register-task-definition', mime: 'application/json' },
  { id: 'cfn-yaml', label: 'CloudFormation (YAML)', mime: 'application/yaml' },
  { id: 'cfn-json', label: 'CloudFormation (JSON)', mime: 'application/json' },
  { id: 'terraform', label: 'Terraform', mime: 'text/plain' },
  { id: 'cdk', label: 'AWS CDK (TypeScript)', mime: 'text/plain' },
  { id: 'execution-role-policy', label: 'Execution role policy', mime: 'application/json' },
  { id: 'task-role-policy', label: 'Task role policy', mime: 'application/json' },
];

/** The file stem every format shares: the family, made safe (the same one the register command names). */
export function fileStem(doc: JsonObject): string {
  const family = own(doc, 'family');
  return safeFileStem(typeof family === 'string' ? family : '');
}

export function commandFor(doc: JsonObject): string {
  return registerCommand(fileStem(doc));
}

const SUFFIX: Readonly<Record<FormatId, string>> = {
  'register-json': '.json',
  'cfn-yaml': '.cfn.yaml',
  'cfn-json': '.cfn.json',
  terraform: '.tf',
  cdk: '-stack.ts',
  'execution-role-policy': '-execution-role-policy.json',
  'task-role-policy': '-task-role-policy.json',
};

export function fileNameFor(id: FormatId, doc: JsonObject): string {
  return fileStem(doc) + SUFFIX[id];
}

const NO_POLICY: Readonly<Record<'execution-role-policy' | 'task-role-policy', string>> = {
  'execution-role-policy':
    'No policy needed: nothing in this definition needs the execution role (no private ECR image, awslogs log group, secret, parameter or environment file).',
  'task-role-policy':
    'No policy needed: nothing in this definition reveals a permission the task role needs (no X-Ray or OpenTelemetry sidecar, EFS access point, or FireLens destination).',
};

function policyOutput(
  policy: IamPolicy | undefined,
  id: 'execution-role-policy' | 'task-role-policy',
  doc: JsonObject,
): FormatOutput {
  if (!policy) return { kind: 'none', message: NO_POLICY[id] };
  const statements = own(policy.document, 'Statement');
  const sids = Array.isArray(statements)
    ? statements.map((s) => {
        const sid = s !== null && typeof s === 'object' && !Array.isArray(s) ? own(s, 'Sid') : undefined;
        return typeof sid === 'string' ? sid : '';
      })
    : [];
  return {
    kind: 'text',
    text: JSON.stringify(policy.document, null, 2) + '\n',
    fileName: fileNameFor(id, doc),
    reasons: policy.reasons.map((reason, i) => ({ sid: sids[i] ?? '', reason })),
    notes: policy.notes,
  };
}

function generateUnsafe(id: FormatId, doc: JsonObject): FormatOutput {
  const text = (t: string): FormatOutput => ({ kind: 'text', text: t, fileName: fileNameFor(id, doc) });
  switch (id) {
    case 'register-json':
      return text(exportJson(doc));
    case 'cfn-yaml':
      return text(toCloudFormation(doc, { format: 'yaml' }));
    case 'cfn-json':
      return text(toCloudFormation(doc, { format: 'json' }));
    case 'terraform':
      return text(toTerraform(doc));
    case 'cdk':
      return text(toCdk(doc));
    case 'execution-role-policy':
      return policyOutput(executionRolePolicy(doc), id, doc);
    case 'task-role-policy':
      return policyOutput(taskRolePolicy(doc), id, doc);
  }
}

/** The format's output for the document; never throws. */
export function generate(id: FormatId, doc: JsonObject): FormatOutput {
  try {
    return generateUnsafe(id, doc);
  } catch (error) {
    console.warn(`Export to ${id} failed`, error);
    return {
      kind: 'failed',
      message: `This format could not be generated from the document (${error instanceof Error ? error.message : String(error)}). The other formats may still work; please report this as a bug in the editor.`,
    };
  }
}

export function isFormatId(value: string): value is FormatId {
  return EXPORT_FORMATS.some((f) => f.id === value);
}
