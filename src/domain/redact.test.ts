import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonEqual, type JsonObject } from './json.ts';
import { PLACEHOLDER_ACCOUNT, REDACTED_VALUE, redactForSharing } from './redact.ts';

const doc = (): JsonObject => ({
  family: 'web',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  containerDefinitions: [
    {
      name: 'app',
      image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1',
      environment: [
        { name: 'DB_PASSWORD', value: 'hunter2' },
        { name: 'PORT', value: '80' },
        { name: 'NO_VALUE' },
      ],
      secrets: [{ name: 'TOKEN', valueFrom: 'arn:aws-cn:ssm:cn-north-1:123456789012:parameter/token' }],
    },
    {
      name: 'side',
      image: 'public.ecr.aws/x/y:latest',
      environment: [{ name: 'A', value: 'arn:aws:s3:::bucket/k' }],
    },
  ],
});

describe('redactForSharing', () => {
  it('replaces every environment value, and nothing else, when asked', () => {
    const input = doc();
    const out = redactForSharing(input, { environmentValues: true, accountIds: false });
    expect(out.environmentValues).toBe(3);
    expect(out.accountIds).toBe(0);
    const containers = out.document.containerDefinitions as JsonObject[];
    expect(containers[0]?.environment).toEqual([
      { name: 'DB_PASSWORD', value: REDACTED_VALUE },
      { name: 'PORT', value: REDACTED_VALUE },
      { name: 'NO_VALUE' },
    ]);
    expect(containers[1]?.environment).toEqual([{ name: 'A', value: REDACTED_VALUE }]);
    expect(out.document.executionRoleArn).toBe(input.executionRoleArn);
    // The user's own document is untouched.
    expect(input).toEqual(doc());
  });

  it('changes nothing when no option is on', () => {
    const out = redactForSharing(doc(), { environmentValues: false, accountIds: false });
    expect(out.document).toEqual(doc());
    expect(out.environmentValues + out.accountIds).toBe(0);
  });

  it('replaces account IDs in ARNs and ECR image hosts, keeping their shape', () => {
    const out = redactForSharing(doc(), { environmentValues: false, accountIds: true });
    expect(out.accountIds).toBe(3);
    expect(out.document.executionRoleArn).toBe(
      `arn:aws:iam::${PLACEHOLDER_ACCOUNT}:role/ecsTaskExecutionRole`,
    );
    const [app, side] = out.document.containerDefinitions as JsonObject[];
    expect(app?.image).toBe(`${PLACEHOLDER_ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/app:1`);
    expect(app?.secrets).toEqual([
      { name: 'TOKEN', valueFrom: `arn:aws-cn:ssm:cn-north-1:${PLACEHOLDER_ACCOUNT}:parameter/token` },
    ]);
    expect(side?.image).toBe('public.ecr.aws/x/y:latest');
    // The environment value is kept when only account IDs are redacted; an S3 ARN has no account.
    expect(side?.environment).toEqual([{ name: 'A', value: 'arn:aws:s3:::bucket/k' }]);
  });

  it('leaves 12-digit numbers that are not accounts alone', () => {
    const input: JsonObject = {
      family: 'n',
      containerDefinitions: [{ name: 'a', command: ['sleep', '123456789012'] }],
    };
    expect(redactForSharing(input, { environmentValues: true, accountIds: true }).document).toEqual(input);
  });

  it('keeps __proto__ keys as data and tolerates odd shapes', () => {
    const input = JSON.parse(
      '{"__proto__": {"x": 1}, "containerDefinitions": [{"environment": [{"__proto__": 1, "value": 5}]}, null, 3], "volumes": "x"}',
    ) as JsonObject;
    const out = redactForSharing(input, { environmentValues: true, accountIds: true });
    expect(Object.prototype.hasOwnProperty.call(out.document, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(out.document)).toBe(Object.prototype);
    expect(JSON.stringify(out.document)).toBe(
      '{"__proto__":{"x":1},"containerDefinitions":[{"environment":[{"__proto__":1,"value":"<redacted>"}]},null,3],"volumes":"x"}',
    );
  });

  it('never throws, never changes the input, and is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), fc.boolean(), (value, environmentValues, accountIds) => {
        const input = { containerDefinitions: [{ environment: [{ value }] }], other: value } as JsonObject;
        const before = JSON.stringify(input);
        const once = redactForSharing(input, { environmentValues, accountIds }).document;
        expect(JSON.stringify(input)).toBe(before);
        const twice = redactForSharing(once, { environmentValues, accountIds });
        expect(jsonEqual(twice.document, once)).toBe(true);
        expect(twice.accountIds).toBe(0);
      }),
    );
  });
});
