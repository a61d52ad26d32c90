import { describe, expect, it } from 'vitest';
import { botocoreValidate } from '../../../scripts/botocore-oracle.ts';
import { check } from '../check.ts';
import type { JsonObject } from '../json.ts';
import { schemaProblems } from './schema-problems.ts';

const base = (container: JsonObject, extra: JsonObject = {}): JsonObject => ({
  family: 'web',
  containerDefinitions: [{ name: 'app', image: 'nginx', ...container }],
  ...extra,
});

function only(doc: JsonObject) {
  const problems = schemaProblems(doc);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe('schemaProblems', () => {
  it('accepts a document that fits the model', () => {
    expect(schemaProblems(base({ memory: 512, environment: [{ name: 'A', value: '1' }] }))).toEqual([]);
  });

  it('reports a numeric string with botocore wording and converts it', () => {
    const doc = base({ memory: '512' });
    const p = only(doc);
    expect(p).toMatchObject({
      path: 'containerDefinitions[0].memory',
      code: 'invalid-type',
      severity: 'error',
    });
    expect(p.message).toContain(
      `Invalid type for parameter containerDefinitions[0].memory, value: 512, type: <class 'str'>, valid types: <class 'int'>`,
    );
    expect(schemaProblems(p.fix!.apply(doc))).toEqual([]);
  });

  it('converts numbers and booleans where strings are wanted, and "true" where booleans are', () => {
    const env = base({ environment: [{ name: 'PORT', value: 8080 }] });
    expect(only(env).fix!.apply(env)).toEqual(base({ environment: [{ name: 'PORT', value: '8080' }] }));
    const flag = base({ essential: 'true' });
    expect(only(flag).fix!.apply(flag)).toEqual(base({ essential: true }));
  });

  it('removes a null value', () => {
    const doc = base({ logConfiguration: null });
    const p = only(doc);
    expect(p.message).toContain("type: <class 'NoneType'>");
    expect(p.fix!.apply(doc)).toEqual(base({}));
  });

  it('reports a missing required member in botocore wording', () => {
    const p = only(base({ healthCheck: { interval: 30 } }));
    expect(p.code).toBe('missing-required');
    expect(p.message).toContain(
      'Missing required parameter in containerDefinitions[0].healthCheck: "command"',
    );
  });

  it('calls a missing enum member missing, with its allowed values', () => {
    const p = only(base({ dependsOn: [{ containerName: 'db' }] }));
    expect(p.code).toBe('missing-required');
    expect(p.message).toContain(
      'Missing required parameter in containerDefinitions[0].dependsOn[0]: "condition"',
    );
    expect(p.message).toContain('START, COMPLETE, SUCCESS, HEALTHY');
  });

  it('leaves a missing family to the family rule', () => {
    expect(schemaProblems({ containerDefinitions: [] })).toEqual([]);
  });

  it('lists enum values and fixes a case slip', () => {
    const doc = base({}, { networkMode: 'AWSVPC' });
    const p = only(doc);
    expect(p.code).toBe('invalid-value');
    expect(p.message).toContain('valid values: bridge, host, awsvpc, none');
    expect(p.fix!.apply(doc).networkMode).toBe('awsvpc');
    expect(only(base({}, { networkMode: 'overlay' })).fix).toBeUndefined();
  });

  it('reports model lengths in botocore wording', () => {
    const tags = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect(only(base({}, { tags })).message).toBe(
      'Invalid length for parameter tags, value: 51, valid max length: 50.',
    );
    expect(only(base({}, { tags: [{ key: '' }] })).code).toBe('invalid-length');
    expect(only(base({}, { tags: [{ key: 'a#b' }] })).code).toBe('invalid-format');
  });

  it('says which characters a tag may not hold, in words rather than a regular expression', () => {
    const p = only(base({}, { tags: [{ key: 'team', value: '{{Ref ProjectName}}' }] }));
    expect(p).toMatchObject({ path: 'tags[0].value', code: 'invalid-format' });
    expect(p.message).toBe(
      'Invalid value for parameter tags[0].value, value: "{{Ref ProjectName}}": "{" and "}" are not allowed. Use letters, digits, spaces and _ . : / = + - @ only.',
    );
    expect(p.message).not.toContain('\\p{L}');
    expect(only(base({}, { tags: [{ key: 'a#b,c' }] })).message).toContain('"#" and "," are not allowed.');
  });

  it('reports a number beyond the model range, and not one inside it', () => {
    const p = only(base({ cpu: 2 ** 60 }));
    expect(p).toMatchObject({ path: 'containerDefinitions[0].cpu', code: 'invalid-range' });
    expect(p.message).toContain('valid max value: 9007199254740991');
    expect(schemaProblems(base({ cpu: 256 }))).toEqual([]);
  });

  it('wraps a single object where a list is wanted', () => {
    const doc = base({ portMappings: { containerPort: 80 } });
    expect(only(doc).fix!.apply(doc)).toEqual(base({ portMappings: [{ containerPort: 80 }] }));
  });
});

describe('schemaProblems against botocore', () => {
  it('matches the report botocore (the AWS CLI) prints, line by line', () => {
    const docs: JsonObject[] = [
      base({ memory: '512', essential: 'true', logConfiguration: null, healthCheck: {} }),
      base({ environment: [{ name: 'A', value: 8080 }], dependsOn: [{ containerName: 'b' }] }),
      base(
        { portMappings: [{ containerPort: 80.5 }], command: 'npm start' },
        { cpu: 256, tags: [{ key: '' }] },
      ),
      base({ imagex: 'n', Image: 'y', ulimits: [{ name: 'nofile' }] }, { revision: 3, status: 'ACTIVE' }),
      base({ dockerLabels: { a: 1 }, linuxParameters: { capabilities: { add: 'SYS_PTRACE' } } }),
    ];
    const verdicts = botocoreValidate(docs);
    docs.forEach((doc, i) => {
      const lines = (verdicts[i]?.report ?? '').split('\n').filter((l) => l !== '');
      expect(lines.length).toBeGreaterThan(0);
      const messages = check(doc).map((p) => p.message);
      for (const line of lines)
        expect(
          messages.some((m) => m.startsWith(line)),
          line,
        ).toBe(true);
    });
  });
});
