// AWS CDK (aws-cdk-lib, TypeScript): the L1 CfnTaskDefinition, whose props are the CloudFormation
// properties in camelCase, so every field of the document has a place (the L2 constructs do not
// cover all of them).
import type { JsonObject } from '../json.ts';
import { toCdkProps } from './cfn-names.ts';
import { prepare } from './prepare.ts';
import { tsValue } from './ts-literal.ts';

export function toCdk(doc: JsonObject): string {
  const props = tsValue(toCdkProps(prepare(doc)), 4);
  return [
    "import { Stack, type StackProps, aws_ecs as ecs } from 'aws-cdk-lib';",
    "import type { Construct } from 'constructs';",
    '',
    'export class TaskDefinitionStack extends Stack {',
    '  constructor(scope: Construct, id: string, props?: StackProps) {',
    '    super(scope, id, props);',
    '',
    `    new ecs.CfnTaskDefinition(this, 'TaskDef', ${props});`,
    '  }',
    '}',
    '',
  ].join('\n');
}
