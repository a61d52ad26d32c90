// "Paste and fix": any text a user might paste -> RegisterTaskDefinition input plus a list of every
// change made. Never throws: unreadable input comes back as a ReadError with a 1-based position.
import { isJsonObject, type JsonValue } from '../json.ts';
import { formatPath, parsePath, type PathSegment } from '../path.ts';
import { structuralFixes } from './fix-choice.ts';
import { normalizeWith } from './normalize.ts';
import { placeholdersIn } from './placeholders.ts';
import { readJson, type TextRead } from './read-json.ts';
import { positionAt } from './text-position.ts';
import { describeError, toJsonValue } from './to-json.ts';
import type { AppliedFix, ImportResult, ReadError } from './types.ts';
import { unwrap } from './unwrap.ts';

/** Reads YAML text: read-yaml.ts's readYaml, which holds the yaml package (about 94 KB minified). */
export type YamlReader = (text: string) => TextRead;

/**
 * The importer for text, with the YAML reader given by the caller. This module does not import the
 * yaml package: importText (import-text.ts) binds read-yaml.ts, and importTextAsync
 * (import-text-async.ts) loads it lazily, so reading JSON never loads it.
 */
export function importTextWith(text: string, readYaml: YamlReader): ImportResult {
  try {
    return importTextUnsafe(text, readYaml);
  } catch (e) {
    return fail(`The text could not be imported (${describeError(e)}).`);
  }
}

export function importValue(value: unknown): ImportResult {
  try {
    return finish(value, 'json', [], new Map());
  } catch (e) {
    return fail(`The value could not be imported (${describeError(e)}).`);
  }
}

function fail(message: string, line = 1, column = 1): { ok: false; error: ReadError } {
  return { ok: false, error: { message, line, column } };
}

function importTextUnsafe(input: string, readYaml: YamlReader): ImportResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const { line, column } = positionAt(text, nul);
    return fail(
      'This looks like a binary file (it contains NUL bytes), not a task definition.',
      line,
      column,
    );
  }
  const unfenced = stripCodeFence(text);
  if (unfenced.trim() === '') return fail('The input is empty: paste a task definition (JSON or YAML).');
  const format = LOOKS_LIKE_JSON.test(unfenced) ? 'json' : 'yaml';
  const read: TextRead = format === 'json' ? readJson(unfenced) : readYaml(unfenced);
  if (!read.ok) return { ok: false, error: read.error };
  const fixes = unfenced === text ? read.fixes : [FENCE_FIX, ...read.fixes];
  // JSON.parse yields plain data whose depth the scanner has already bounded: no second copy needed.
  return finish(read.value, format, fixes, read.bigIntegers, read.notes, format === 'json');
}

/** Starts with `{` or `[`, possibly after JSONC comments. */
const LOOKS_LIKE_JSON = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*[[{]/;

const FENCE = /^(\s*)(```[^\n]*)\n([\s\S]*?)\n([ \t]*```)\s*$/;
const FENCE_FIX: AppliedFix = {
  code: 'code-fence-removed',
  path: '',
  message: 'Read the text inside the Markdown code fence (```).',
};

/** Text pasted from a chat or a README often comes inside ``` fences; blank them so lines keep their numbers. */
function stripCodeFence(text: string): string {
  const m = FENCE.exec(text);
  if (!m) return text;
  const [, lead = '', open = '', body = '', close = ''] = m;
  return `${lead}${' '.repeat(open.length)}\n${body}\n${' '.repeat(close.length)}`;
}

function finish(
  value: unknown,
  format: 'json' | 'yaml',
  readFixes: AppliedFix[],
  bigIntegers: Map<number, string>,
  readNotes: readonly string[] = [],
  plain = false,
): ImportResult {
  const json = plain ? { ok: true as const, value: value as JsonValue } : toJsonValue(value, bigIntegers);
  if (!json.ok) return fail(json.message);
  const unwrapped = unwrap(json.value);
  if (!unwrapped.ok) return fail(unwrapped.message);
  const describe = unwrapped.kind === 'describe-output';
  const normalized = normalizeWith(unwrapped.document, { describe, bigIntegers });
  const originals = new Map<string, JsonValue>();
  const structural = structuralFixes(
    [...readFixes.map((f) => rebaseFix(f, unwrapped.rebase)), ...unwrapped.fixes],
    unwrapped.kind,
    originals,
  );
  const notes = [...readNotes, ...unwrapped.notes, ...placeholderNotes(normalized.document)];
  for (const [rounded, digits] of bigIntegers) {
    notes.push(
      `The number ${digits} is beyond 2^53: as a JSON number it reads as ${rounded}. It was kept exact where the API expects a string; elsewhere quote it.`,
    );
  }
  return {
    ok: true,
    kind: unwrapped.kind,
    format,
    document: normalized.document,
    fixes: [...structural, ...normalized.fixes],
    notes,
    base: { document: unwrapped.document, describe, bigIntegers, originals },
  };
}

const OWN_PLACEHOLDER = /^\{\{(Ref|Condition|Fn::\w+) /;

function placeholderNotes(doc: JsonValue): string[] {
  const found = new Set<string>();
  let places = 0;
  const stack: JsonValue[] = [doc];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      const hits = OWN_PLACEHOLDER.test(v) ? [] : placeholdersIn(v);
      if (hits.length > 0) places++;
      for (const h of hits) found.add(h);
    } else if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push(v[i] ?? null);
    else if (isJsonObject(v)) for (const k of Object.keys(v).reverse()) stack.push(v[k] ?? null);
  }
  if (found.size === 0) return [];
  const list = [...found];
  const shown = list.slice(0, 8).join(', ') + (list.length > 8 ? `, and ${list.length - 8} more` : '');
  return [
    `Template placeholders are left as text (${places} value${places === 1 ? '' : 's'}): ${shown}. Replace them before registering.`,
  ];
}

function rebaseFix(
  fix: AppliedFix,
  rebase: (p: readonly PathSegment[]) => PathSegment[] | undefined,
): AppliedFix {
  if (fix.path === '') return fix;
  const moved = rebase(parsePath(fix.path));
  // A place outside the imported part (a template parameter, say): the document is the closest place.
  return moved
    ? { ...fix, path: formatPath(moved) }
    : { ...fix, path: '', message: `At ${fix.path}: ${fix.message}` };
}
