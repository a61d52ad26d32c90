// Whatever the user pasted, taking it out never throws: every generator, both policies and the
// error lookup accept any JSON object.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookupError } from '../error-lookup/index.ts';
import { executionRolePolicy, taskRolePolicy } from '../iam/index.ts';
import type { JsonObject } from '../json.ts';
import { toCdk } from './cdk.ts';
import { toCloudFormation } from './cloudformation.ts';
import { registerCommand } from './register-command.ts';
import { toTerraform } from './terraform.ts';

const KEYS = [
  'family',
  'containerDefinitions',
  'volumes',
  'tags',
  'proxyConfiguration',
  'cpu',
  '__proto__',
  'x',
];
const doc = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), fc.jsonValue({ maxDepth: 4 }), {
  maxKeys: 6,
});

describe('robustness', () => {
  it('never throws on arbitrary JSON objects', () => {
    fc.assert(
      fc.property(doc, fc.string(), (d, family) => {
        const input = d as JsonObject;
        expect(typeof toCloudFormation(input, { format: 'yaml' })).toBe('string');
        expect(typeof toCloudFormation(input, { format: 'json' })).toBe('string');
        expect(typeof toTerraform(input)).toBe('string');
        expect(typeof toCdk(input)).toBe('string');
        expect(registerCommand(family)).toMatch(
          /^aws ecs register-task-definition --cli-input-json file:\/\/[A-Za-z0-9_-]+\.json$/,
        );
        executionRolePolicy(input);
        taskRolePolicy(input);
        expect(Array.isArray(lookupError("Invalid 'containerPort' setting for container 'x'.", input))).toBe(
          true,
        );
      }),
      { numRuns: 150 },
    );
  });
});
