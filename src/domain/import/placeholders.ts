// Template placeholders: `{{ .Values.x }}`, `${VAR}`, `$VAR`, `<IMAGE>`, `%%X%%`, `#{x}`, `$$$X$$$`.
// Inside strings they stay as they are (a note says so); bare in value position they make the JSON
// unreadable, so they are quoted before parsing and each quoting is reported.
import { skipString } from './json-scan.ts';

const BARE_START = String.raw`\$\{[^}\n]*\}|\{\{[^\n]*?\}\}|<[A-Za-z_][^<>\n]*>|%%[A-Za-z0-9_]+%%|#\{[^}\n]*\}|\$\$+[A-Za-z0-9_]+\$\$+|\$[A-Za-z_][A-Za-z0-9_]*`;
const BARE = new RegExp(`(?:${BARE_START})[^\\s,}\\]]*`, 'y');
// Inside strings `<x>` counts only when it cannot be an HTML tag: `<IMAGE>`, `<aws region name>`.
const IN_STRING =
  /\$\{[^}\n]*\}|\{\{[^\n]*?\}\}|<(?=[^<>\n]*[A-Z_ ])[A-Za-z_][A-Za-z0-9_ .-]*>|%%[A-Za-z0-9_]+%%|#\{[^}\n]*\}|\$\$+[A-Za-z0-9_]+\$\$+/g;

export interface QuotedPlaceholder {
  /** Offset of the opening quote in the rewritten text. */
  readonly offset: number;
  readonly text: string;
}

/** Wraps each unquoted placeholder that stands where a JSON value belongs in double quotes. */
export function quoteBarePlaceholders(text: string): { text: string; quoted: QuotedPlaceholder[] } {
  const quoted: QuotedPlaceholder[] = [];
  const stack: number[] = []; // 123 object, 91 array
  let out = '';
  let from = 0;
  let expectValue = true;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i = skipString(text, i);
      expectValue = false;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    if (expectValue) {
      BARE.lastIndex = i;
      const m = BARE.exec(text);
      if (m) {
        out += text.slice(from, i);
        quoted.push({ offset: out.length, text: m[0] });
        out += JSON.stringify(m[0]);
        i += m[0].length;
        from = i;
        expectValue = false;
        continue;
      }
    }
    if (c === 123 || c === 91) {
      stack.push(c);
      expectValue = c === 91;
    } else if (c === 125 || c === 93) {
      stack.pop();
      expectValue = false;
    } else if (c === 58 /* : */) {
      expectValue = true;
    } else if (c === 44 /* , */) {
      expectValue = stack[stack.length - 1] === 91;
    } else {
      expectValue = false;
    }
    i++;
  }
  return { text: out + text.slice(from), quoted };
}

/** The distinct placeholders found in a string. */
export function placeholdersIn(value: string): string[] {
  return value.match(IN_STRING) ?? [];
}
