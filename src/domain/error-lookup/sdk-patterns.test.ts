import { describe, expect, it } from 'vitest';
import { lookupError } from './lookup-error.ts';
import { c, ec2, fargate } from './test-docs.test-util.ts';

describe('lookupError with SDK validation messages', () => {
  const env = ec2([
    c('app', {
      environment: [
        { name: 'A', value: 'x' },
        { name: 'PORT', value: 4512 },
      ],
      systemControls: null,
    }),
  ]);

  it('botocore: invalid type, one problem per line', () => {
    const text = [
      'Parameter validation failed:',
      "Invalid type for parameter containerDefinitions[0].environment[1].value, value: 4512, type: <class 'int'>, valid types: <class 'str'>",
      "Invalid type for parameter containerDefinitions[0].systemControls, value: None, type: <class 'NoneType'>, valid types: <class 'list'>, <class 'tuple'>",
    ].join('\n');
    const hits = lookupError(text, env);
    expect(hits.map((h) => [h.code, h.path, h.fixAvailable])).toEqual([
      ['invalid-type', 'containerDefinitions[0].environment[1].value', true],
      ['invalid-type', 'containerDefinitions[0].systemControls', true],
    ]);
  });

  it('botocore: unknown parameter (read-only and unknown) and missing parameter', () => {
    const doc = { ...fargate(), registeredAt: '2024-01-01' };
    const hits = lookupError(
      'Parameter validation failed:\nUnknown parameter in input: "registeredAt", must be one of: family, taskRoleArn',
      doc,
    );
    expect(hits[0]).toMatchObject({ code: 'read-only-field', path: 'registeredAt', fixAvailable: true });
    const pm = fargate({}, [
      { name: 'app', image: 'nginx', portMappings: [{ containerPort: 80, name: 'web' }] },
    ]);
    expect(
      lookupError(
        'Unknown parameter in containerDefinitions[0].portMappings[0]: "name", must be one of: containerPort, hostPort, protocol',
        pm,
      )[0],
    ).toMatchObject({
      code: 'unknown-parameter',
      path: 'containerDefinitions[0].portMappings[0].name',
    });
    expect(
      lookupError('Missing required parameter in containerDefinitions[0].healthCheck: "command"', env)[0],
    ).toMatchObject({
      code: 'missing-required',
      path: 'containerDefinitions[0].healthCheck.command',
    });
  });

  it('JavaScript SDK: unexpected key, wrong type, missing key', () => {
    expect(
      lookupError(
        "UnexpectedParameter: Unexpected key 'appProtocol' found in params.containerDefinitions[0].portMappings[0]",
        env,
      )[0],
    ).toMatchObject({
      code: 'unknown-parameter',
      path: 'containerDefinitions[0].portMappings[0].appProtocol',
    });
    expect(
      lookupError("UnexpectedParameter: Unexpected key 'compatibilities' found in params", env)[0],
    ).toMatchObject({
      code: 'read-only-field',
      path: 'compatibilities',
    });
    expect(
      lookupError(
        'InvalidParameterType: Expected params.containerDefinitions[0].environment[1].value to be a string',
        env,
      )[0],
    ).toMatchObject({
      code: 'invalid-type',
      path: 'containerDefinitions[0].environment[1].value',
      fixAvailable: true,
    });
    expect(
      lookupError("MissingRequiredParameter: Missing required key 'family' in params", env)[0]?.path,
    ).toBe('family');
  });

  it('Ruby SDK, Go SDK and Terraform', () => {
    expect(
      lookupError(
        'expected params[:container_definitions][0][:environment][1][:value] to be a String, got value 4512 (class: Integer) instead.',
        env,
      )[0],
    ).toMatchObject({
      code: 'invalid-type',
      path: 'containerDefinitions[0].environment[1].value',
      fixAvailable: true,
    });
    expect(
      lookupError(
        'InvalidParameter: 1 validation error(s) found.\n- missing required field, RegisterTaskDefinitionInput.ContainerDefinitions[0].Name.',
        env,
      )[0],
    ).toMatchObject({ code: 'missing-required', path: 'containerDefinitions[0].name' });
    expect(
      lookupError(
        'Error: ECS Task Definition container_definitions is invalid: Error decoding JSON: json: cannot unmarshal number into Go struct field KeyValuePair.Environment.Value of type string',
        env,
      )[0],
    ).toMatchObject({
      code: 'invalid-type',
      path: 'containerDefinitions[0].environment[1].value',
      fixAvailable: true,
    });
  });
});
