// The importer over every real file in ../shared/corpus, as the Import dialog calls it (importText):
// (1) import -> export -> import gives the same document, with no fix the second time, and export is a
//     fixed point; (2) nothing the user pasted is dropped or changed unless the import reports a fix at
//     that place that removes, renames or converts it. The pasted value is read back independently
//     (JSON.parse where the text is plain JSON, the domain's YAML reader for YAML) and unwrapped by hand.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../export/index.ts';
import { isJsonObject, jsonEqual, own, type JsonObject, type JsonValue } from '../json.ts';
import { formatPath, type PathSegment } from '../path.ts';
import { applyImportFixes, isOptionalFix, optionalFixIds } from './fix-choice.ts';
import { importText } from './import-text.ts';
import { readYaml } from './read-yaml.ts';
import { toJsonValue } from './to-json.ts';
import type { ImportSuccess } from './types.ts';

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, CORPUS), 'utf8');
const files = readdirSync(CORPUS)
  .filter((f) => f !== 'MANIFEST.tsv')
  .sort();

/** Codes that may remove a member or a list item. */
const REMOVES = new Set([
  'null-removed',
  'empty-removed',
  'read-only-removed',
  'describe-default-removed',
  'cfn-novalue',
]);
/** Codes that may change a value in place. */
const CHANGES = new Set([
  'coerce-to-string',
  'coerce-to-number',
  'coerce-to-boolean',
  'enum-case',
  'cfn-intrinsic',
]);

/** The pasted value, read without the importer (plain JSON) or with the domain's YAML reader. */
function pasted(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    if (/^\s*[[{]/.test(text)) return undefined; // templated JSON: needs the importer's own reading
    const y = readYaml(text);
    if (!y.ok) return undefined;
    const j = toJsonValue(y.value, new Map());
    return j.ok ? j.value : undefined;
  }
}

/** The task definition inside the pasted value, found by hand for each input kind. */
function taskPart(value: JsonValue, kind: ImportSuccess['kind']): JsonValue | undefined {
  let root = value;
  if (isJsonObject(root) && isJsonObject(own(root, 'data'))) root = own(root, 'data') ?? null;
  if (Array.isArray(root)) return { containerDefinitions: root };
  if (!isJsonObject(root)) return undefined;
  if (kind === 'describe-output') {
    const list = own(root, 'taskDefinitions');
    const td = own(root, 'taskDefinition') ?? (Array.isArray(list) ? list[0] : undefined);
    return isJsonObject(td) ? td : root;
  }
  if (kind === 'cloudformation-template') {
    const resources = own(root, 'Resources');
    if (!isJsonObject(resources)) return undefined;
    for (const k of Object.keys(resources)) {
      const r = resources[k];
      if (isJsonObject(r) && own(r, 'Type') === 'AWS::ECS::TaskDefinition') return own(r, 'Properties');
    }
    return undefined;
  }
  if (kind === 'cloudformation-resource') return own(root, 'Properties') ?? root;
  if (kind === 'container') return { containerDefinitions: [root] };
  return root;
}

interface Walk {
  readonly cfn: boolean;
  readonly fixes: ImportSuccess['fixes'];
  readonly lost: string[];
}

function fixAt(w: Walk, path: string, codes: ReadonlySet<string>): boolean {
  return w.fixes.some((f) => codes.has(f.code) && f.path === path);
}

function fixUnder(w: Walk, path: string, codes: ReadonlySet<string>): boolean {
  return w.fixes.some((f) => codes.has(f.code) && (f.path === path || f.path.startsWith(`${path}[`)));
}

const isNoValue = (v: JsonValue): boolean => isJsonObject(v) && own(v, 'Ref') === 'AWS::NoValue';

/** The output key that holds input key `key` (CloudFormation: any case, and the one real rename). */
function keyIn(out: JsonObject, key: string, cfn: boolean): string | undefined {
  if (Object.prototype.hasOwnProperty.call(out, key)) return key;
  if (!cfn) return undefined;
  if (key === 'ProxyConfigurationProperties' && Object.prototype.hasOwnProperty.call(out, 'properties'))
    return 'properties';
  return Object.keys(out).find((k) => k.toLowerCase() === key.toLowerCase());
}

function compare(input: JsonValue, output: JsonValue | undefined, path: PathSegment[], w: Walk): void {
  const where = formatPath(path);
  if (jsonEqual(input, output ?? null) && output !== undefined) return;
  if (output === undefined) {
    if (!fixAt(w, where, REMOVES)) w.lost.push(`${where} dropped: ${JSON.stringify(input).slice(0, 80)}`);
    return;
  }
  if (Array.isArray(input) && Array.isArray(output)) {
    let o = 0;
    input.forEach((item, i) => {
      if (item === null || (w.cfn && isNoValue(item))) {
        if (!fixUnder(w, where, REMOVES)) w.lost.push(`${where}[${i}] dropped without a fix`);
        return;
      }
      compare(item, output[o], [...path, o], w);
      o++;
    });
    return;
  }
  if (isJsonObject(input) && isJsonObject(output)) {
    for (const key of Object.keys(input)) {
      const value = own(input, key) ?? null;
      // Not in the output: a CloudFormation name is reported at its API name (camelCase).
      const outKey = keyIn(output, key, w.cfn) ?? (w.cfn ? key.charAt(0).toLowerCase() + key.slice(1) : key);
      compare(value, own(output, outKey), [...path, outKey], w);
    }
    return;
  }
  if (!fixAt(w, where, CHANGES))
    w.lost.push(
      `${where} changed without a fix: ${JSON.stringify(input).slice(0, 60)} -> ${JSON.stringify(output).slice(0, 60)}`,
    );
}

const imported = files.flatMap((name): [string, string, ImportSuccess][] => {
  const text = read(name);
  const r = importText(text);
  return r.ok ? [[name, text, r]] : [];
});

describe('the corpus through import and export', () => {
  it('reads all but the three files that are broken until their template engine renders them', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imported.length).toBe(files.length - 3);
  });

  it.each(imported)('%s: import -> export -> import is the same document, with no fix', (_name, _text, r) => {
    const once = exportJson(r.document);
    const again = importText(once);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.kind).toBe('register-input');
    expect(again.fixes).toEqual([]);
    expect(jsonEqual(again.document, r.document)).toBe(true);
    expect(exportJson(again.document)).toBe(once);
  });

  it.each(imported)('%s: nothing pasted is dropped or changed without a fix', (_name, text, r) => {
    const value = pasted(text) ?? r.base.document; // templated JSON: the importer's own reading
    const task = taskPart(value, r.kind);
    expect(task, 'the task definition part of the pasted value').toBeDefined();
    const cfn = r.kind === 'cloudformation-template' || r.kind === 'cloudformation-resource';
    const w: Walk = { cfn, fixes: r.fixes, lost: [] };
    if (task !== undefined) compare(task, r.document, [], w);
    expect(w.lost).toEqual([]);
  });

  it.each(imported)(
    '%s: the Import dialog with every fix ticked gives the import; with none, only the required steps',
    (_name, text, r) => {
      expect(jsonEqual(applyImportFixes(r, new Set(optionalFixIds(r))), r.document)).toBe(true);
      const declined = applyImportFixes(r, new Set());
      const value = pasted(text) ?? r.base.document;
      const task = taskPart(value, r.kind);
      const cfn = r.kind === 'cloudformation-template' || r.kind === 'cloudformation-resource';
      const w: Walk = { cfn, fixes: r.fixes.filter((f) => !isOptionalFix(f)), lost: [] };
      if (task !== undefined) compare(task, declined, [], w);
      expect(w.lost).toEqual([]);
    },
  );

  it('the comparison itself catches a dropped key and an unreported change', () => {
    const w: Walk = { cfn: false, fixes: [], lost: [] };
    compare({ family: 'f', cpu: 256, imagex: 'x' }, { family: 'f', cpu: '256' }, [], w);
    expect(w.lost).toEqual(['cpu changed without a fix: 256 -> "256"', 'imagex dropped: "x"']);
  });
});
