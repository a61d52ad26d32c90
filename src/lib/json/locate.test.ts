import { describe, expect, it } from 'vitest';
import { formatDocument } from './edits.ts';
import { createLocator } from './locate.ts';

const text = formatDocument({
  family: 'web',
  containerDefinitions: [{ name: 'app', imagex: 'nginx', command: ['sh', '-c'], portMappings: [] }],
});
const locate = createLocator(text);
const at = (path: string, target?: 'value' | 'key'): string | undefined => {
  const r = locate(path, target);
  return r && text.slice(r.offset, r.offset + r.length);
};

describe('createLocator with a target', () => {
  it('points at the value of a scalar by default, at its key when asked', () => {
    expect(at('containerDefinitions[0].imagex')).toBe('"nginx"');
    expect(at('containerDefinitions[0].imagex', 'value')).toBe('"nginx"');
    expect(at('containerDefinitions[0].imagex', 'key')).toBe('"imagex"');
    expect(at('family', 'key')).toBe('"family"');
  });

  it('points at the key of an object or a list either way', () => {
    expect(at('containerDefinitions[0].portMappings', 'key')).toBe('"portMappings"');
    expect(at('containerDefinitions[0].portMappings', 'value')).toBe('"portMappings"');
  });

  it('points at the value of a list item, which has no key', () => {
    expect(at('containerDefinitions[0].command[1]', 'key')).toBe('"-c"');
  });

  it('falls back to the nearest ancestor for a missing path, whatever the target', () => {
    expect(at('containerDefinitions[0].image', 'key')).toBe(at('containerDefinitions[0].image'));
    expect(at('containerDefinitions[0].image', 'key')).toBe('{');
  });
});
