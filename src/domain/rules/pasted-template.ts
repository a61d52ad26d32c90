// A CloudFormation template (or one AWS::ECS::TaskDefinition resource) pasted where a task definition
// belongs, the JSON pane say: every top-level key is "unknown". Say once what it is and offer what
// Import does with it: the task definition's properties under the API's names, intrinsic functions
// kept visibly as `{{Ref X}}` text.
import { importValue } from '../import/import.ts';
import { isJsonObject, own, type JsonObject, type JsonValue } from '../json.ts';
import type { Problem } from '../problem.ts';

const TASK_DEFINITION = 'AWS::ECS::TaskDefinition';

function holdsTaskDefinition(resources: JsonValue | undefined): boolean {
  if (!isJsonObject(resources)) return false;
  return Object.values(resources).some((r) => isJsonObject(r) && own(r, 'Type') === TASK_DEFINITION);
}

/** The problem for root key `key` when the document is a CloudFormation template or resource. */
export function cloudFormationProblem(doc: JsonObject, key: string, base: string): Problem | undefined {
  const template = key === 'Resources' && holdsTaskDefinition(own(doc, key));
  const resource =
    key === 'Properties' && own(doc, 'Type') === TASK_DEFINITION && isJsonObject(own(doc, key));
  if (!template && !resource) return undefined;
  return {
    path: key,
    severity: 'error',
    code: 'unknown-parameter',
    message: `${base} This is a CloudFormation ${template ? 'template' : `${TASK_DEFINITION} resource`}, not RegisterTaskDefinition input: convert it (or use Import), which renames its properties to the API's names and keeps intrinsic functions as {{Ref X}} text to replace.`,
    fix: {
      title: 'Convert the CloudFormation task definition',
      apply: (current) => {
        const r = importValue(current);
        return r.ok && r.kind !== 'register-input' ? r.document : current;
      },
    },
  };
}

/**
 * One container definition pasted where a task definition belongs (its `image` is "unknown" at the
 * root): say what it is and offer what Import does, a task around it named after the container.
 */
export function containerProblem(doc: JsonObject, key: string, base: string): Problem | undefined {
  if (key !== 'image' || own(doc, 'containerDefinitions') !== undefined) return undefined;
  if (typeof own(doc, 'image') !== 'string') return undefined;
  return {
    path: key,
    severity: 'error',
    code: 'unknown-parameter',
    message: `${base} This is a container definition, not a task definition: a task definition holds it in "containerDefinitions". Wrap it in one (or use Import).`,
    fix: {
      title: 'Wrap the container in a task definition',
      apply: (current) => {
        const r = importValue(current);
        return r.ok && r.kind === 'container' ? r.document : current;
      },
    },
  };
}
