import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../import/index.ts';
import { exportDocument, exportJson } from './export-document.ts';

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url);

describe('exportDocument', () => {
  it('orders keys as the model does, unknown keys last in their original order', () => {
    const doc = {
      zeta: 1,
      containerDefinitions: [
        {
          logConfiguration: { options: { b: '2', a: '1' }, logDriver: 'awslogs' },
          portMappings: [{ protocol: 'tcp', containerPort: 80 }],
          imagex: 'typo',
          image: 'nginx',
          name: 'web',
        },
      ],
      alpha: 2,
      family: 'web',
    };
    const out = exportDocument(doc);
    expect(Object.keys(out)).toEqual(['family', 'containerDefinitions', 'zeta', 'alpha']);
    const [c] = out.containerDefinitions as Record<string, unknown>[];
    expect(Object.keys(c ?? {})).toEqual(['name', 'image', 'portMappings', 'logConfiguration', 'imagex']);
    expect(c?.portMappings).toEqual([{ containerPort: 80, protocol: 'tcp' }]);
    expect(Object.keys((c?.logConfiguration as Record<string, unknown>).options as object)).toEqual([
      'b',
      'a',
    ]);
  });

  it('drops nulls and empty optional lists/objects, keeps required and meaningful empties', () => {
    const out = exportDocument({
      family: 'f',
      taskRoleArn: null,
      volumes: [],
      containerDefinitions: [
        { name: 'a', environment: [{ name: 'E', value: '' }], mountPoints: [], linuxParameters: {}, x: null },
      ],
    });
    expect(out).toEqual({
      family: 'f',
      containerDefinitions: [{ name: 'a', environment: [{ name: 'E', value: '' }] }],
    });
  });

  it("changes no types (that is the importer's job)", () => {
    const doc = { family: 'f', cpu: 256, containerDefinitions: [{ name: 'a', memory: '512' }] };
    expect(exportDocument(doc)).toEqual(doc);
  });

  it('does not modify its input', () => {
    const doc = { zeta: null, family: 'f', containerDefinitions: [{ links: [], name: 'a' }] };
    const copy = JSON.parse(JSON.stringify(doc)) as unknown;
    exportDocument(doc);
    expect(doc).toEqual(copy);
  });

  it('keeps __proto__ keys as data', () => {
    const doc = JSON.parse('{"family":"f","containerDefinitions":[],"__proto__":{"x":1}}') as Record<
      string,
      never
    >;
    const text = exportJson(doc);
    expect(text).toContain('"__proto__": {');
    expect(Object.getPrototypeOf(exportDocument(doc))).toBe(Object.prototype);
  });
});

describe('exportJson', () => {
  it('prints 2-space JSON with a final newline', () => {
    expect(exportJson({ containerDefinitions: [], family: 'f' })).toBe(
      '{\n  "family": "f",\n  "containerDefinitions": []\n}\n',
    );
  });

  it('is idempotent through import for every readable corpus file, and the re-import needs no fixes', () => {
    let checked = 0;
    for (const name of readdirSync(CORPUS).filter((f) => f !== 'MANIFEST.tsv')) {
      const r = importText(readFileSync(new URL(name, CORPUS), 'utf8'));
      if (!r.ok) continue;
      const once = exportJson(r.document);
      const again = importText(once);
      if (!again.ok) throw new Error(`${name}: exported JSON unreadable`);
      expect(again.fixes, name).toEqual([]);
      expect(exportJson(again.document), name).toBe(once);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
