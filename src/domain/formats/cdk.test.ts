import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { jsonEqual, type JsonObject, type JsonValue } from '../json.ts';
import { fromCdkProps } from './cfn-names.ts';
import { toCdk } from './cdk.ts';
import { RICH_DOCUMENT } from './test-documents.ts';

/** Parses the snippet and returns the syntax errors and the third argument of `new ecs.CfnTaskDefinition`. */
function parseSnippet(code: string): { errors: string[]; props: ts.Expression | undefined } {
  const file = ts.createSourceFile('stack.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  let props: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && node.expression.getText(file) === 'ecs.CfnTaskDefinition')
      props = node.arguments?.[2];
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { errors: diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), props };
}

/** Evaluates a literal expression (the only kind the generator writes) to JSON. */
function evaluate(node: ts.Expression): JsonValue {
  if (ts.isStringLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken)
    return -(evaluate(node.operand) as number);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((e) => evaluate(e));
  if (ts.isObjectLiteralExpression(node)) {
    const out: JsonObject = {};
    for (const p of node.properties) {
      if (!ts.isPropertyAssignment(p)) throw new Error(`unexpected ${ts.SyntaxKind[p.kind]}`);
      const n = p.name;
      const key =
        ts.isIdentifier(n) || ts.isStringLiteral(n)
          ? n.text
          : ts.isComputedPropertyName(n)
            ? (evaluate(n.expression) as string)
            : '';
      Object.defineProperty(out, key, {
        value: evaluate(p.initializer),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  throw new Error(`unexpected ${ts.SyntaxKind[node.kind]}`);
}

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
