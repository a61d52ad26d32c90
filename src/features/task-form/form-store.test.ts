import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../domain/index.ts';
import { patternChain, patternOf, writeAt } from './form-store.ts';

describe('writeAt', () => {
  const doc = (): JsonObject => ({
    family: 'a',
    ephemeralStorage: { sizeInGiB: 30 },
    containerDefinitions: [{ name: 'x', healthCheck: { command: ['CMD'], interval: 5 }, portMappings: [{}] }],
    volumes: [{ name: 'v', efsVolumeConfiguration: { fileSystemId: 'fs-1' } }],
  });

  it('shares every subtree off the path', () => {
    const d = doc();
    const next = writeAt(d, ['containerDefinitions', 0, 'name'], 'y');
    expect(next.ephemeralStorage).toBe(d.ephemeralStorage);
    expect(next.volumes).toBe(d.volumes);
    expect(next.containerDefinitions).not.toBe(d.containerDefinitions);
  });

  it('returns the same document when nothing changes', () => {
    const d = doc();
    expect(writeAt(d, ['family'], 'a')).toBe(d);
    expect(writeAt(d, ['taskRoleArn'], undefined)).toBe(d);
    expect(writeAt(d, ['runtimePlatform', 'cpuArchitecture'], undefined)).toBe(d);
  });

  it('removing a key removes the objects and lists it leaves empty, up to an array item', () => {
    const d = doc();
    expect('ephemeralStorage' in writeAt(d, ['ephemeralStorage', 'sizeInGiB'], undefined)).toBe(false);
    const noPorts = writeAt(d, ['containerDefinitions', 0, 'portMappings', 0], undefined);
    expect((noPorts.containerDefinitions as JsonObject[])[0]).toEqual({
      name: 'x',
      healthCheck: { command: ['CMD'], interval: 5 },
    });
    const cleared = writeAt(d, ['containerDefinitions', 0, 'healthCheck', 'interval'], undefined);
    expect((cleared.containerDefinitions as JsonObject[])[0]?.healthCheck).toEqual({ command: ['CMD'] });
  });

  it('keeps structures whose presence means something', () => {
    const next = writeAt(doc(), ['volumes', 0, 'efsVolumeConfiguration', 'fileSystemId'], undefined);
    expect(next.volumes).toEqual([{ name: 'v', efsVolumeConfiguration: {} }]);
    const one: JsonObject = { containerDefinitions: [{ name: 'a' }] };
    expect(writeAt(one, ['containerDefinitions', 0], undefined)).toEqual({ containerDefinitions: [] });
  });

  it('keeps __proto__ as data', () => {
    const d = JSON.parse('{"__proto__": {"x": 1}, "family": "a"}') as JsonObject;
    const next = writeAt(d, ['family'], 'b');
    expect(Object.keys(next)).toEqual(['__proto__', 'family']);
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
  });
});

describe('availability patterns', () => {
  it('turns indices into [] and lists ancestors nearest first', () => {
    expect(patternOf('containerDefinitions[12].portMappings[0].hostPort')).toBe(
      'containerDefinitions[].portMappings[].hostPort',
    );
    expect(patternChain('volumes[1].dockerVolumeConfiguration.scope')).toEqual([
      'volumes[].dockerVolumeConfiguration.scope',
      'volumes[].dockerVolumeConfiguration',
      'volumes[]',
      'volumes',
    ]);
    expect(patternChain('ipcMode')).toEqual(['ipcMode']);
  });
});
