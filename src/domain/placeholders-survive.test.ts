// A templated task definition keeps its placeholders through Fix all: a name or a reference that is
// `${X}` or `{{Ref X}}` is rendered by the template engine, never "repaired" into a literal that looks
// real (Ref-ServiceName) or removed as unknown. Every such place in every corpus document, in turn.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixAll } from './fix-all.ts';
import { importText } from './import/index.ts';
import { isJsonObject, type JsonObject, type JsonValue } from './json.ts';
import { formatPath, getAt, setAt, type PathSegment } from './path.ts';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const documents = readdirSync(CORPUS)
  .filter((f) => f !== 'MANIFEST.tsv')
  .flatMap((f): [string, JsonObject][] => {
    const r = importText(readFileSync(new URL(f, CORPUS), 'utf8'));
    return r.ok ? [[f, r.document]] : [];
  });

/** Places that hold a name or a container reference, or a memory setting, as in the document. */
function places(doc: JsonObject): PathSegment[][] {
  const out: PathSegment[][] = [['family']];
  const list = doc.containerDefinitions;
  if (!Array.isArray(list)) return out;
  list.forEach((c, i) => {
    if (!isJsonObject(c)) return;
    const at = ['containerDefinitions', i];
    out.push([...at, 'name'], [...at, 'memoryReservation']);
    const each = (key: string, member?: string) => {
      const items = c[key];
      if (Array.isArray(items))
        items.forEach((_, j) => out.push(member === undefined ? [...at, key, j] : [...at, key, j, member]));
    };
    each('links');
    each('dependsOn', 'containerName');
    each('volumesFrom', 'sourceContainer');
    each('portMappings', 'name');
  });
  return out;
}

const PLACEHOLDERS = ['${PLACEHOLDER}', '{{Ref Placeholder}}', '<PLACEHOLDER>'];

describe('template placeholders survive Fix all', () => {
  it('in every name, container reference and memory setting of every corpus document', () => {
    const rewritten: string[] = [];
    let tried = 0;
    for (const [file, doc] of documents) {
      for (const [n, at] of places(doc).entries()) {
        const placeholder = PLACEHOLDERS[n % PLACEHOLDERS.length] ?? '${PLACEHOLDER}';
        const templated: JsonValue = setAt(doc, at, placeholder);
        if (!isJsonObject(templated)) continue;
        tried++;
        const after = getAt(fixAll(templated).document, at);
        if (after !== placeholder) rewritten.push(`${file}: ${formatPath(at)} -> ${JSON.stringify(after)}`);
      }
    }
    expect(tried).toBeGreaterThan(500);
    expect(rewritten).toEqual([]);
  });
});
