import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isJsonObject, type JsonObject } from '../../domain/index.ts';
import { writeAt } from './form-store.ts';
import { unshownKeys } from './modeled.ts';

const corpus = path.resolve(process.cwd(), '../shared/corpus');

describe('unshownKeys', () => {
  it('lists unknown and unmodelled keys with their paths, in document order', () => {
    const doc: JsonObject = {
      family: 'a',
      customKey: 1,
      containerDefinitions: [
        { name: 'a', linuxParameters: {}, portMappings: [{ containerPort: 1, containerPortRange: '1-2' }] },
      ],
      volumes: [{ name: 'v', efsVolumeConfiguration: { fileSystemId: 'x', transitEncryptionPort: 1 } }],
      inferenceAccelerators: [],
    };
    expect(unshownKeys(doc)).toEqual([
      'customKey',
      'containerDefinitions[0].linuxParameters',
      'containerDefinitions[0].portMappings[0].containerPortRange',
      'volumes[0].efsVolumeConfiguration.transitEncryptionPort',
      'inferenceAccelerators',
    ]);
  });

  it('is empty for a document the form shows whole', () => {
    expect(unshownKeys({ family: 'a', containerDefinitions: [{ name: 'a', image: 'b' }] })).toEqual([]);
  });

  it('names objects of the wrong type (no field shows them); lists of the wrong type are flagged by the form', () => {
    expect(
      unshownKeys({
        family: 1,
        containerDefinitions: [{ name: 'a', healthCheck: 'curl' }],
        volumes: [null, 3],
        tags: 'x',
      }),
    ).toEqual([
      'containerDefinitions[0].healthCheck (not an object)',
      'volumes[0] (not an object)',
      'volumes[1] (not an object)',
    ]);
  });

  it('on every corpus file: a form write keeps every unshown key and its value', () => {
    const files = readdirSync(corpus).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(90);
    let checked = 0;
    for (const file of files) {
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(path.join(corpus, file), 'utf8'));
      } catch {
        continue; // a few corpus files are templates with placeholders, not JSON
      }
      if (!isJsonObject(doc)) continue;
      checked++;
      const before = unshownKeys(doc);
      const next = writeAt(writeAt(doc, ['family'], 'renamed'), ['containerDefinitions', 0, 'image'], 'x:1');
      expect(unshownKeys(next), file).toEqual(before);
    }
    expect(checked).toBeGreaterThan(80);
  });
});
