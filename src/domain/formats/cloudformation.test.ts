import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getAt } from '../path.ts';
import { cfnLogicalId, toCloudFormation } from './cloudformation.ts';
import { registerCommand } from './register-command.ts';
import { RICH_DOCUMENT } from './test-documents.ts';

describe('toCloudFormation', () => {
  it('writes a template with one AWS::ECS::TaskDefinition', () => {
    const template = JSON.parse(toCloudFormation(RICH_DOCUMENT, { format: 'json' })) as unknown;
    expect(getAt(template as never, ['AWSTemplateFormatVersion'])).toBe('2010-09-09');
    expect(getAt(template as never, ['Resources', 'TaskDefinition', 'Type'])).toBe(
      'AWS::ECS::TaskDefinition',
    );
    expect(getAt(template as never, ['Resources', 'TaskDefinition', 'Properties', 'Family'])).toBe('web-app');
  });

  it('says the same thing in YAML and JSON', () => {
    const yaml = toCloudFormation(RICH_DOCUMENT, { format: 'yaml', logicalId: 'WebTask' });
    const json = toCloudFormation(RICH_DOCUMENT, { format: 'json', logicalId: 'WebTask' });
    expect(parse(yaml)).toEqual(JSON.parse(json));
    expect(yaml).toContain('AWSTemplateFormatVersion: "2010-09-09"');
    expect(yaml).toContain('    Type: AWS::ECS::TaskDefinition');
  });

  it('keeps strings that look like other YAML types as strings', () => {
    const doc = {
      family: 'f',
      cpu: '256',
      containerDefinitions: [
        {
          name: 'a',
          image: 'b',
          environment: [
            { name: 'X', value: 'yes' },
            { name: 'Y', value: '0755' },
          ],
        },
      ],
    };
    const yaml = toCloudFormation(doc, { format: 'yaml' });
    expect(parse(yaml, { version: '1.1' })).toEqual(parse(yaml));
    expect(
      getAt(parse(yaml, { version: '1.1' }) as never, ['Resources', 'TaskDefinition', 'Properties', 'Cpu']),
    ).toBe('256');
    expect(
      getAt(parse(yaml) as never, [
        'Resources',
        'TaskDefinition',
        'Properties',
        'ContainerDefinitions',
        0,
        'Environment',
        0,
        'Value',
      ]),
    ).toBe('yes');
  });

  it('makes logical IDs alphanumeric', () => {
    expect(cfnLogicalId('my-task_def 2')).toBe('mytaskdef2');
    expect(cfnLogicalId('---')).toBe('TaskDefinition');
    expect(cfnLogicalId(undefined)).toBe('TaskDefinition');
  });
});

describe('registerCommand', () => {
  it('points the CLI at a file named after the family', () => {
    expect(registerCommand('web-app')).toBe(
      'aws ecs register-task-definition --cli-input-json file://web-app.json',
    );
  });

  it('makes the family safe for a file name', () => {
    expect(registerCommand('../a b/c$(x)')).toBe(
      'aws ecs register-task-definition --cli-input-json file://a-b-c-x.json',
    );
    expect(registerCommand('')).toBe(
      'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    );
  });
});
