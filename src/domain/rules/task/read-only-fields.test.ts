import { describe, expect, it } from 'vitest';
import { readOnlyFieldsRule } from './read-only-fields.ts';
import { app, applyFix, codes, ec2 } from './testing.ts';

describe('read-only-field (RULES.md 10)', () => {
  it('accepts a register input', () => {
    expect(codes(readOnlyFieldsRule, ec2([app()]))).toEqual([]);
  });

  it('reports each describe-only field and removes them all', () => {
    const doc = ec2([app()], {
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:1:task-definition/web:3',
      revision: 3,
      status: 'ACTIVE',
      compatibilities: ['EC2'],
      registeredAt: '2024-01-01T00:00:00Z',
    });
    const problems = readOnlyFieldsRule.check(doc);
    expect(problems.map((p) => p.path)).toEqual([
      'taskDefinitionArn',
      'revision',
      'status',
      'compatibilities',
      'registeredAt',
    ]);
    expect(problems[0]?.message).toContain('Unknown parameter in input: "taskDefinitionArn"');
    const fixed = applyFix(problems[0]!, doc);
    expect(Object.keys(fixed)).toEqual(['family', 'containerDefinitions']);
  });
});
