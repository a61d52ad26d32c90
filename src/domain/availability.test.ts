import { describe, expect, it } from 'vitest';
import { AVAILABILITY_KEYS, unavailableFields } from './availability.ts';
import { check } from './check.ts';
import type { JsonObject, JsonValue } from './json.ts';
import { parsePath, setAt } from './path.ts';

const c = 'containerDefinitions[].';
const base = { family: 'f', containerDefinitions: [{ name: 'a', image: 'nginx' }] };

function fields(extra: JsonObject): Record<string, string> {
  return unavailableFields({ ...base, ...extra });
}

describe('unavailableFields', () => {
  it('returns only known keys, each with a one-line reason', () => {
    const all = [
      fields({ requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc' }),
      fields({ networkMode: 'none', runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } }),
      fields({ networkMode: 'host' }),
    ];
    for (const result of all) {
      for (const [key, reason] of Object.entries(result)) {
        expect(AVAILABILITY_KEYS).toContain(key);
        expect(reason).toMatch(/^[^\n]+$/);
      }
    }
  });

  it('Fargate: disables the EC2-only fields, keeps pidMode, systemControls and tmpfs', () => {
    const r = fields({ requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc' });
    expect(r.ipcMode).toBe('Not supported on Fargate');
    expect(r.placementConstraints).toBe('Not supported on Fargate');
    expect(r['volumes[].host.sourcePath']).toBe('Not supported on Fargate');
    expect(r['volumes[].dockerVolumeConfiguration']).toBe('Not supported on Fargate');
    expect(r[`${c}privileged`]).toBe('Not supported on Fargate');
    expect(r[`${c}linuxParameters.devices`]).toBe('Not supported on Fargate');
    expect(r[`${c}linuxParameters`]).toBeUndefined();
    expect(r.pidMode).toBeUndefined();
    expect(r[`${c}systemControls`]).toBeUndefined();
    expect(r[`${c}ulimits`]).toBeUndefined();
    expect(r.ephemeralStorage).toBeUndefined();
  });

  it('Fargate together with EC2 still applies the Fargate limits', () => {
    const r = fields({ requiresCompatibilities: ['EC2', 'FARGATE'], networkMode: 'awsvpc' });
    expect(r.ipcMode).toBe('Not supported on Fargate');
  });

  it('awsvpc: links, hostname and extraHosts off, hostPort must equal containerPort', () => {
    const r = fields({ networkMode: 'awsvpc' });
    expect(r[`${c}links`]).toBe('Links are not supported when networkMode=awsvpc');
    expect(r[`${c}hostname`]).toBe('hostname is not supported when networkMode=awsvpc');
    expect(r[`${c}extraHosts`]).toContain('awsvpc');
    expect(r[`${c}portMappings[].hostPort`]).toContain('must equal containerPort');
    expect(r[`${c}portMappings`]).toBeUndefined();
    expect(r.ipcMode).toBeUndefined();
  });

  it('bridge (also when networkMode is omitted): links, hostname and hostPort available', () => {
    for (const r of [fields({ networkMode: 'bridge' }), fields({})]) {
      expect(r[`${c}links`]).toBeUndefined();
      expect(r[`${c}hostname`]).toBeUndefined();
      expect(r[`${c}portMappings[].hostPort`]).toBeUndefined();
      expect(r[`${c}privileged`]).toBeUndefined();
      expect(r.ephemeralStorage).toBe('Applies only to tasks on Fargate');
    }
  });

  it('host: hostPort must equal containerPort, no links, no port ranges', () => {
    const r = fields({ networkMode: 'host' });
    expect(r[`${c}portMappings[].hostPort`]).toContain('must equal containerPort');
    expect(r[`${c}links`]).toBe('Links work only when networkMode=bridge');
    expect(r[`${c}portMappings[].containerPortRange`]).toBeDefined();
    expect(r[`${c}hostname`]).toBeUndefined();
  });

  it('none: port mappings are not allowed', () => {
    const r = fields({ networkMode: 'none' });
    expect(r[`${c}portMappings`]).toBe('Port mappings are not allowed when networkMode=none');
    expect(r[`${c}portMappings[].hostPort`]).toBe('Port mappings are not allowed when networkMode=none');
  });

  it('Windows on EC2: the Linux-only container fields are off', () => {
    const r = fields({ runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2019_FULL' } });
    for (const k of ['links', 'linuxParameters', 'ulimits', 'user', 'readonlyRootFilesystem', 'privileged'])
      expect(r[`${c}${k}`]).toBe('Not supported for Windows containers');
    expect(r.pidMode).toBe('Not supported for Windows containers');
    expect(r['volumes[].fsxWindowsFileServerVolumeConfiguration']).toBeUndefined();
    expect(r['volumes[].efsVolumeConfiguration']).toBeUndefined();
  });

  it('Windows on Fargate: EFS, FSx and FireLens are off as well', () => {
    const r = fields({
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' },
    });
    expect(r['volumes[].efsVolumeConfiguration']).toBe('Not supported for Windows containers on Fargate');
    expect(r[`${c}firelensConfiguration`]).toBe('Not supported for Windows containers on Fargate');
    expect(r[`${c}links`]).toBe('Not supported for Windows containers');
    expect(r.ipcMode).toBe('Not supported for Windows containers');
  });

  it('Linux: FSx for Windows volumes are off', () => {
    expect(fields({})['volumes[].fsxWindowsFileServerVolumeConfiguration']).toBe(
      'Only for Windows containers on EC2',
    );
  });

  it('tolerates wrong types without throwing', () => {
    expect(() =>
      unavailableFields({ requiresCompatibilities: 'FARGATE', runtimePlatform: 3, networkMode: 7 }),
    ).not.toThrow();
  });
});

describe('unavailableFields agrees with the rules', () => {
  // A value for each key that a user could set; the rules must then report that path.
  const samples: Partial<Record<string, JsonValue>> = {
    ipcMode: 'task',
    pidMode: 'task',
    placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.os-type == linux' }],
    proxyConfiguration: {
      type: 'APPMESH',
      containerName: 'a',
      properties: [{ name: 'IgnoredUID', value: '1337' }],
    },
    'volumes[].host.sourcePath': '/data',
    'volumes[].dockerVolumeConfiguration': { scope: 'shared', driver: 'rexray' },
    [`${c}links`]: ['b'],
    [`${c}hostname`]: 'web',
    [`${c}privileged`]: true,
    [`${c}linuxParameters`]: { initProcessEnabled: true },
    [`${c}linuxParameters.devices`]: [{ hostPath: '/dev/fuse' }],
    [`${c}ulimits`]: [{ name: 'nofile', softLimit: 1024, hardLimit: 4096 }],
    [`${c}user`]: '1000',
    [`${c}readonlyRootFilesystem`]: true,
    [`${c}dockerSecurityOptions`]: ['no-new-privileges'],
  };

  function place(doc: JsonObject, key: string, value: JsonValue): { doc: JsonObject; path: string } {
    if (key.startsWith(c)) {
      const rest = key.slice(c.length);
      const path = `containerDefinitions[0].${rest}`;
      return { doc: setAt(doc, parsePath(path), value) as JsonObject, path };
    }
    if (key.startsWith('volumes[].')) {
      const rest = key.slice('volumes[].'.length);
      const path = `volumes[0].${rest}`;
      return { doc: setAt({ ...doc, volumes: [{ name: 'v' }] }, parsePath(path), value) as JsonObject, path };
    }
    return { doc: setAt(doc, [key], value) as JsonObject, path: key };
  }

  const platforms: Record<string, JsonObject> = {
    fargate: { requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '1024', memory: '2048' },
    windows: { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } },
    awsvpc: { networkMode: 'awsvpc' },
  };

  for (const [platform, extra] of Object.entries(platforms)) {
    it(`every sampled field unavailable on ${platform} gets a problem at its path`, () => {
      const doc: JsonObject = {
        family: 'f',
        executionRoleArn: 'arn:aws:iam::123456789012:role/x',
        containerDefinitions: [
          { name: 'a', image: 'nginx', memory: 512 },
          { name: 'b', image: 'nginx', memory: 512 },
        ],
        ...extra,
      };
      const keys = Object.keys(unavailableFields(doc)).filter((k) => samples[k] !== undefined);
      expect(keys.length).toBeGreaterThan(1);
      for (const key of keys) {
        const placed = place(doc, key, samples[key] as JsonValue);
        const paths = check(placed.doc)
          .filter((p) => p.severity !== 'info')
          .map((p) => p.path);
        expect(paths, key).toContain(placed.path);
      }
    });
  }
});
