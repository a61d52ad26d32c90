// A reader for the HCL literals the Terraform generator writes (strings, numbers, booleans, null,
// tuples, objects), used by the tests to read the output back. It rejects an unescaped `${` or `%{`,
// which Terraform would treat as a template.
import type { JsonObject, JsonValue } from '../json.ts';

export function readHcl(text: string, start: number): { value: JsonValue; end: number } {
  let i = start;
  const skip = (): void => {
    while (i < text.length && /[\s,]/.test(text.charAt(i))) i++;
  };
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i}: ${JSON.stringify(text.slice(i, i + 30))}`);
  };
  const readString = (): string => {
    i++; // opening quote
    let out = '';
    while (i < text.length) {
      const ch = text.charAt(i);
      if (ch === '"') {
        i++;
        return out;
      }
      if (ch === '\\') {
        const e = text.charAt(i + 1);
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
        if (e === 'u') {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else if (simple[e] !== undefined) {
          out += simple[e];
          i += 2;
        } else fail('bad escape');
        continue;
      }
      if ((ch === '$' || ch === '%') && text.charAt(i + 1) === ch && text.charAt(i + 2) === '{') {
        out += `${ch}{`;
        i += 3;
        continue;
      }
      if ((ch === '$' || ch === '%') && text.charAt(i + 1) === '{') fail('unescaped template sequence');
      out += ch;
      i++;
    }
    return fail('unterminated string');
  };
  const readValue = (): JsonValue => {
    skip();
    const ch = text.charAt(i);
    if (ch === '"') return readString();
    if (ch === '[') {
      i++;
      const items: JsonValue[] = [];
      skip();
      while (text.charAt(i) !== ']') {
        items.push(readValue());
        skip();
      }
      i++;
      return items;
    }
    if (ch === '{') {
      i++;
      const obj: JsonObject = {};
      skip();
      while (text.charAt(i) !== '}') {
        let key: string;
        if (text.charAt(i) === '"') key = readString();
        else {
          const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(i));
          key = m ? m[0] : fail('bad key');
          i += key.length;
        }
        skip();
        if (text.charAt(i) !== '=') fail('expected =');
        i++;
        Object.defineProperty(obj, key, {
          value: readValue(),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        skip();
      }
      i++;
      return obj;
    }
    const m = /^(-?\d+(\.\d+)?([eE][-+]?\d+)?|true|false|null)/.exec(text.slice(i));
    if (!m) return fail('bad value');
    i += m[0].length;
    return JSON.parse(m[0]) as JsonValue;
  };
  const value = readValue();
  return { value, end: i };
}

/** The value of `container_definitions = jsonencode(...)`. */
export function readContainerDefinitions(tf: string): JsonValue {
  const marker = 'container_definitions = jsonencode(';
  const at = tf.indexOf(marker);
  if (at < 0) throw new Error('no container_definitions');
  const { value, end } = readHcl(tf, at + marker.length);
  if (tf.charAt(end) !== ')') throw new Error(`expected ) at ${end}`);
  return value;
}
