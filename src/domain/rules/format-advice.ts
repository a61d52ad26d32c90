// Words for a model pattern. botocore's model gives tag keys and values a pattern of allowed characters,
// `^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`; a regular expression is no answer for a person, so name the
// characters that broke it and the ones that are allowed.

/** `^([class]*)$`, bare or as zod reports it (`/^([class]*)$/u`). */
const CHARACTER_CLASS = /^\/?\^\(\[(.*)\]\*\)\$(?:\/[a-z]*)?$/u;

const CLASS_WORDS: readonly (readonly [string, string])[] = [
  ['\\p{L}', 'letters'],
  ['\\p{N}', 'digits'],
  ['\\p{Z}', 'spaces'],
];

function quoteAll(chars: readonly string[]): string {
  const quoted = chars.map((c) => JSON.stringify(c));
  return quoted.length === 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}

/**
 * "\"{\" and \"}\" are not allowed. Use letters, digits, spaces and _ . : / = + - @ only." for a
 * pattern of the form ^([class]*)$; undefined for any other pattern (the caller shows the pattern).
 */
export function formatAdvice(pattern: string, value: string): string | undefined {
  const m = CHARACTER_CLASS.exec(pattern);
  const cls = m?.[1];
  if (cls === undefined) return undefined;
  let one: RegExp;
  try {
    one = new RegExp(`^[${cls}]$`, 'u');
  } catch {
    return undefined;
  }
  const bad = [...new Set(Array.from(value).filter((c) => !one.test(c)))];
  if (bad.length === 0) return undefined;
  let rest = cls;
  const words: string[] = [];
  for (const [token, word] of CLASS_WORDS) {
    if (rest.includes(token)) {
      words.push(word);
      rest = rest.replace(token, '');
    }
  }
  const literals = Array.from(rest.replace(/\\(.)/gu, '$1'));
  const allowed = [...words, ...(literals.length > 0 ? [literals.join(' ')] : [])];
  const list =
    allowed.length > 1
      ? `${allowed.slice(0, -1).join(', ')} and ${allowed.at(-1) ?? ''}`
      : (allowed[0] ?? '');
  return `${quoteAll(bad.slice(0, 8))}${bad.length > 8 ? ' (and more)' : ''} ${bad.length === 1 ? 'is' : 'are'} not allowed. Use ${list} only.`;
}
