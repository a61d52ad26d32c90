import { describe, expect, it } from 'vitest';
import { formatPath, getAt, parsePath, setAt } from './path.ts';
import type { JsonObject } from './json.ts';

describe('paths', () => {
  it('formats and parses the AWS CLI spelling', () => {
    const p = 'containerDefinitions[0].portMappings[1].hostPort';
    expect(formatPath(parsePath(p))).toBe(p);
    expect(parsePath('containerDefinitions[2].dockerLabels["com.example/x"]')).toEqual([
      'containerDefinitions',
      2,
      'dockerLabels',
      'com.example/x',
    ]);
    expect(formatPath(['logConfiguration', 'options', 'awslogs-group'])).toBe(
      'logConfiguration.options.awslogs-group',
    );
  });

  it('writes immutably and shares untouched subtrees', () => {
    const doc: JsonObject = { family: 'a', containerDefinitions: [{ name: 'x' }, { name: 'y' }], tags: [] };
    const next = setAt(doc, ['containerDefinitions', 1, 'image'], 'nginx') as JsonObject;
    expect(getAt(next, ['containerDefinitions', 1, 'image'])).toBe('nginx');
    expect(getAt(doc, ['containerDefinitions', 1, 'image'])).toBeUndefined();
    expect((next.containerDefinitions as JsonObject[])[0]).toBe(
      (doc.containerDefinitions as JsonObject[])[0],
    );
    expect(next.tags).toBe(doc.tags);
    const removed = setAt(next, ['containerDefinitions', 0], undefined) as JsonObject;
    expect(removed.containerDefinitions).toEqual([{ name: 'y', image: 'nginx' }]);
  });

  it('keeps __proto__ as data', () => {
    const next = setAt({}, ['__proto__', 'polluted'], true) as JsonObject;
    expect(Object.keys(next)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
  });
});
