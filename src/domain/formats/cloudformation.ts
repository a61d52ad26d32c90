// AWS::ECS::TaskDefinition as a CloudFormation template (YAML or JSON).
import { stringify } from 'yaml';
import type { JsonObject } from '../json.ts';
import { toCfnProperties } from './cfn-names.ts';
import { prepare } from './prepare.ts';

export interface CloudFormationOptions {
  readonly format: 'yaml' | 'json';
  /** Logical ID of the resource; letters and digits only (default TaskDefinition). */
  readonly logicalId?: string;
}

/** CloudFormation logical IDs are alphanumeric: anything else is dropped. */
export function cfnLogicalId(id: string | undefined): string {
  const cleaned = (id ?? '').replace(/[^A-Za-z0-9]/g, '');
  return cleaned === '' ? 'TaskDefinition' : cleaned;
}

/** A template with one AWS::ECS::TaskDefinition resource, from the document. */
export function cloudFormationTemplate(doc: JsonObject, logicalId?: string): JsonObject {
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'ECS task definition',
    Resources: {
      [cfnLogicalId(logicalId)]: {
        Type: 'AWS::ECS::TaskDefinition',
        Properties: toCfnProperties(prepare(doc)),
      },
    },
  };
}

export function toCloudFormation(doc: JsonObject, options: CloudFormationOptions): string {
  const template = cloudFormationTemplate(doc, options.logicalId);
  if (options.format === 'json') return JSON.stringify(template, null, 2) + '\n';
  // YAML 1.1 quoting keeps strings such as "yes", "on" or "2010-09-09" strings for every YAML reader.
  return stringify(template, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false });
}
