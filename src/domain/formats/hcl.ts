// HCL (Terraform) literals: strings with template sequences escaped, identifiers or quoted keys.
import { isJsonObject, own, type JsonValue } from '../json.ts';

/** Words that would change the meaning of an object constructor if left bare as a key. */
const RESERVED = new Set(['for', 'in', 'if', 'else', 'endif', 'endfor', 'null', 'true', 'false']);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A quoted HCL string. Besides the JSON escapes, `${` and `%{` would start an interpolation or a
 * directive, so they are written `$${` and `%%{` (Terraform reads them back as the literal text).
 */
export function hclString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const code = s.charCodeAt(i);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if ((ch === '$' || ch === '%') && s.charAt(i + 1) === '{') out += ch + ch;
    else out += ch;
  }
  return out + '"';
}

export function hclKey(key: string): string {
  return IDENTIFIER.test(key) && !RESERVED.has(key) ? key : hclString(key);
}

/** A valid Terraform resource name (letters, digits, underscores, dashes; not starting with a digit). */
export function hclIdentifier(name: string | undefined, fallback: string): string {
  const cleaned = (name ?? '').replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^[^A-Za-z_]+/, '');
  return cleaned === '' ? fallback : cleaned;
}

/** A value as an HCL expression, indented for a position `indent` spaces deep. */
export function hclValue(value: JsonValue, indent: number): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const pad = ' '.repeat(indent + 2);
  const close = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      const inline = `[${value.map((v) => hclValue(v, 0)).join(', ')}]`;
      if (inline.length <= 80) return inline;
    }
    return `[\n${value.map((v) => pad + hclValue(v, indent + 2)).join(',\n')},\n${close}]`;
  }
  if (!isJsonObject(value)) return 'null';
  const keys = Object.keys(value);
  if (keys.length === 0) return '{}';
  const lines = keys.map((k) => `${pad}${hclKey(k)} = ${hclValue(own(value, k) ?? null, indent + 2)}`);
  return `{\n${lines.join('\n')}\n${close}}`;
}
