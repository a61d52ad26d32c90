import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../json.ts';
import { plaintextSecretsRule } from './plaintext-secrets.ts';

const task = (environment: JsonObject[]): JsonObject => ({
  family: 'web',
  containerDefinitions: [{ name: 'api', image: 'nginx', memory: 256, environment }],
});
const flagged = (environment: JsonObject[]) =>
  plaintextSecretsRule.check(task(environment)).map((p) => p.path);

describe('environment-plaintext-secret', () => {
  it('warns about a secret-looking name with a literal value, at the value, without a fix', () => {
    const problems = plaintextSecretsRule.check(
      task([
        { name: 'PORT', value: '8080' },
        { name: 'DB_PASSWORD', value: 'hunter2hunter2' },
      ]),
    );
    expect(problems).toEqual([
      {
        path: 'containerDefinitions[0].environment[1].value',
        severity: 'warning',
        code: 'environment-plaintext-secret',
        message: expect.stringMatching(/^DB_PASSWORD in container 'api' looks like a secret.*"secrets"/),
      },
    ]);
    for (const name of ['GITHUB_TOKEN', 'STRIPE_API_KEY', 'jwt_secret', 'AWS_SECRET_ACCESS_KEY', 'APIKEY'])
      expect(flagged([{ name, value: 'sk_live_0123456789' }])).toHaveLength(1);
  });

  it('is quiet for names that only mention a secret, and for values that are not one', () => {
    const quietNames = [
      'SECRET_ARN',
      'PASSWORD_MIN_LENGTH',
      'TOKEN_URL',
      'DB_PASSWORD_FILE',
      'TOKENIZER',
      'PORT',
    ];
    expect(flagged(quietNames.map((name) => ({ name, value: 'sk_live_0123456789' })))).toEqual([]);
    const quietValues = [
      '',
      'true',
      'abc',
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf',
      '/run/secrets/db',
      '${DB_PASSWORD}',
      '{{resolve:secretsmanager:db}}',
    ];
    expect(flagged(quietValues.map((value) => ({ name: 'DB_PASSWORD', value })))).toEqual([]);
    // A secret already under "secrets" is what the rule asks for.
    const moved: JsonObject = {
      family: 'web',
      containerDefinitions: [
        {
          name: 'api',
          image: 'nginx',
          secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/db' }],
        },
      ],
    };
    expect(plaintextSecretsRule.check(moved)).toEqual([]);
  });
});
