// JSON data as a TypeScript expression: single-quoted strings, bare keys where they are identifiers.
import { isJsonObject, own, type JsonValue } from '../json.ts';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function tsString(s: string): string {
  let out = "'";
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const code = s.charCodeAt(i);
    if (ch === "'") out += "\\'";
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + "'";
}

/** `__proto__` is quoted and computed so that it stays an ordinary own property. */
function tsKey(key: string): string {
  if (key === '__proto__') return `[${tsString(key)}]`;
  return IDENTIFIER.test(key) ? key : tsString(key);
}

export function tsValue(value: JsonValue, indent: number): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const pad = ' '.repeat(indent + 2);
  const close = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      const inline = `[${value.map((v) => tsValue(v, 0)).join(', ')}]`;
      if (inline.length <= 80) return inline;
    }
    return `[\n${value.map((v) => pad + tsValue(v, indent + 2)).join(',\n')},\n${close}]`;
  }
  if (!isJsonObject(value)) return 'null';
  const keys = Object.keys(value);
  if (keys.length === 0) return '{}';
  const lines = keys.map((k) => `${pad}${tsKey(k)}: ${tsValue(own(value, k) ?? null, indent + 2)},`);
  return `{\n${lines.join('\n')}\n${close}}`;
}
