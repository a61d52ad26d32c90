import type ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { jsonEqual, type JsonObject } from '../json.ts';
import { fromCdkProps } from './cfn-names.ts';
import { toCdk } from './cdk.ts';
import { evaluate, parseSnippet } from './ts-reader.test-util.ts';
import { RICH_DOCUMENT } from './test-documents.ts';

describe('toCdk', () => {
  it('writes a Stack with a CfnTaskDefinition that TypeScript parses', () => {
    const code = toCdk(RICH_DOCUMENT);
    expect(code).toContain("from 'aws-cdk-lib'");
    expect(code).toContain('export class TaskDefinitionStack extends Stack');
    const { errors, props } = parseSnippet(code);
    expect(errors).toEqual([]);
    expect(props).toBeDefined();
  });

  it('uses the L1 prop names and gives the document back', () => {
    const { props } = parseSnippet(toCdk(RICH_DOCUMENT));
    const value = evaluate(props as ts.Expression) as JsonObject;
    expect(JSON.stringify(value)).toContain('"fSxWindowsFileServerVolumeConfiguration"');
    expect(JSON.stringify(value)).toContain('"filesystemId"');
    expect(JSON.stringify(value)).toContain('"proxyConfigurationProperties"');
    expect(jsonEqual(fromCdkProps(value), RICH_DOCUMENT)).toBe(true);
  });

  it('quotes awkward strings and keys', () => {
    const doc: JsonObject = {
      family: "it's",
      containerDefinitions: [
        { name: 'a', image: 'x\u2028y\\z\n', dockerLabels: { __proto__: 'p', 'a-b': "'" } },
      ],
    };
    Object.defineProperty(doc, '__proto__', {
      value: 'data',
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const { errors, props } = parseSnippet(toCdk(doc));
    expect(errors).toEqual([]);
    expect(jsonEqual(fromCdkProps(evaluate(props as ts.Expression) as JsonObject), doc)).toBe(true);
  });
});
