// YAML text -> value. CloudFormation short tags (`!Ref X`, `!Sub ...`, `!GetAtt A.B`, `!If [...]`) are
// read as their long JSON form (`{"Ref": "X"}`, `{"Fn::Sub": ...}`) so one converter handles both.
import { parseDocument, isNode, type ParseOptions, type Tags } from 'yaml';
import { readErrorAt } from './text-position.ts';
import { describeError, MAX_DEPTH } from './to-json.ts';
import { yamlTooDeepAt } from './yaml-depth.ts';
import type { TextRead } from './read-json.ts';

const FUNCTIONS = [
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'Length',
  'ToJsonString',
];

function longForm(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

function toPlain(value: unknown): unknown {
  return isNode(value) ? value.toJSON() : value;
}

function cfnTags(): Tags {
  const tags: Tags = [];
  for (const name of ['Ref', 'Condition', ...FUNCTIONS]) {
    const key = longForm(name);
    const wrap = (value: unknown) =>
      Object.defineProperty({}, key, { value, enumerable: true, writable: true, configurable: true });
    tags.push({ tag: `!${name}`, resolve: (str: string) => wrap(name === 'GetAtt' ? str.split('.') : str) });
    tags.push({ tag: `!${name}`, collection: 'seq', resolve: (node) => wrap(toPlain(node)) });
    tags.push({ tag: `!${name}`, collection: 'map', resolve: (node) => wrap(toPlain(node)) });
  }
  return tags;
}

const OPTIONS: ParseOptions & { customTags: Tags } = {
  customTags: cfnTags(),
  intAsBigInt: true,
  prettyErrors: true,
  uniqueKeys: true,
};

/**
 * The yaml package reads about 1 MB a second: past CloudFormation's own template limit (1 MB), ask for
 * JSON instead of freezing the page. A task definition itself is at most 64 KiB.
 */
export const MAX_YAML_LENGTH = 1_048_576;

export function readYaml(text: string): TextRead {
  if (text.length > MAX_YAML_LENGTH) {
    return {
      ok: false,
      error: {
        message:
          'This YAML is larger than 1 MB (the CloudFormation template limit); convert it to JSON to import it.',
        line: 1,
        column: 1,
      },
    };
  }
  const deepAt = yamlTooDeepAt(text);
  if (deepAt !== undefined) {
    return {
      ok: false,
      error: readErrorAt(text, deepAt, `The YAML is nested too deeply (more than ${MAX_DEPTH} levels).`),
    };
  }
  try {
    let doc = parseDocument(text, OPTIONS);
    const notes: string[] = [];
    if (doc.errors.length > 0 && doc.errors.every((e) => e.code === 'DUPLICATE_KEY')) {
      // JSON.parse and most YAML loaders let the last value win; say so instead of refusing the text.
      for (const e of doc.errors)
        notes.push(`Duplicate key at line ${e.linePos?.[0].line ?? 1}: the last value wins.`);
      doc = parseDocument(text, { ...OPTIONS, uniqueKeys: false });
    }
    const first = doc.errors[0];
    if (first) {
      const pos = first.linePos?.[0] ?? { line: 1, col: 1 };
      const message =
        first.code === 'MULTIPLE_DOCS'
          ? 'The YAML holds several documents (separated by ---); paste one task definition at a time'
          : /call stack/i.test(first.message)
            ? 'The YAML is nested too deeply'
            : (first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'Invalid YAML');
      return {
        ok: false,
        error: { message: `${message}.`.replace(/\.\.$/, '.'), line: pos.line, column: pos.col },
      };
    }
    return {
      ok: true,
      value: doc.toJS({ maxAliasCount: 1000 }) as unknown,
      notes,
      fixes: [],
      bigIntegers: new Map(),
    };
  } catch (e) {
    const message =
      e instanceof RangeError
        ? 'The YAML is nested too deeply.'
        : `The YAML could not be read (${describeError(e)}).`;
    return { ok: false, error: { message, line: 1, column: 1 } };
  }
}
