// Reads the CDK snippet back with the TypeScript compiler: syntax errors and the props literal as JSON.
import ts from 'typescript';
import type { JsonObject, JsonValue } from '../json.ts';

/** Parses the snippet and returns the syntax errors and the third argument of `new ecs.CfnTaskDefinition`. */
export function parseSnippet(code: string): { errors: string[]; props: ts.Expression | undefined } {
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
export function evaluate(node: ts.Expression): JsonValue {
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
