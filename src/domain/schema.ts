import { z } from 'zod';
import { TaskDefinitionSchema } from './model/index.ts';

/**
 * JSON Schema (draft-07) of the register input, derived from the zod model. The editor feeds it to
 * Monaco for completion and hover. Objects stay open here as in the model: unknown keys are reported
 * by the unknown-parameter rule, with a suggestion, rather than by the schema.
 */
export function taskDefinitionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(TaskDefinitionSchema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
  });
  return {
    ...schema,
    title: 'Amazon ECS RegisterTaskDefinition input',
    description: 'Input of `aws ecs register-task-definition --cli-input-json`.',
  };
}
