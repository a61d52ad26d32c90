// The stable codes of AppliedFix, with what each means: the UI and the CLI may show or filter by them.
export const FIX_CODES = {
  'code-fence-removed': 'The text inside a Markdown code fence (```json ... ```) was read.',
  'json-comments-removed': 'Comments in JSON were ignored (JSON has none; the AWS CLI rejects them).',
  'json-trailing-comma-removed': 'A comma before } or ] was removed.',
  'placeholder-quoted':
    'A bare template placeholder standing for a value was put in quotes so the JSON could be read.',
  'unwrapped-envelope': 'A recorded API response was taken out of its {"data": ...} envelope.',
  'unwrapped-describe':
    'The task definition was taken out of describe-task-definition\'s {"taskDefinition": ...}.',
  'tags-hoisted': "describe-task-definition's top-level tags were moved into the task definition.",
  'cfn-properties': 'CloudFormation property names were renamed to the API names.',
  'cfn-intrinsic': 'A CloudFormation intrinsic function was kept as placeholder text such as {{Ref Role}}.',
  'cfn-novalue': 'A property set to !Ref AWS::NoValue was removed (CloudFormation treats it as absent).',
  'wrapped-container': 'A single container definition was wrapped in a task definition.',
  'wrapped-containers': 'A list of container definitions was wrapped in a task definition.',
  'read-only-removed': 'A member that describe returns but register rejects was removed.',
  'null-removed': 'A null was removed (the AWS CLI rejects null).',
  'empty-removed': 'An empty optional list, object or string was removed (ECS treats it as absent).',
  'describe-default-removed': 'A default that describe adds (container cpu 0) was removed.',
  'coerce-to-string': 'A number or boolean became the string the API expects.',
  'coerce-to-number': 'A string of digits became the integer the API expects.',
  'coerce-to-boolean': 'The string "true" or "false" became the boolean the API expects.',
  'enum-case': 'A value was changed to the exact case of the API value it matches.',
} as const;

export type FixCode = keyof typeof FIX_CODES;
