import { describe, expect, it } from 'vitest';
import { runtimePlatformRule, windowsUnsupportedRule } from './windows.ts';
import { WINDOWS, at, codes, fargate, fixed, only, task } from './testing.ts';

describe('Windows restrictions (RULES.md 56, 94, 95, 102, 109, 112)', () => {
  it('passes a plain Windows container, and Linux-only fields on Linux', () => {
    expect(codes(windowsUnsupportedRule, task([{ name: 'a', privileged: false }], WINDOWS))).toEqual([]);
    expect(codes(windowsUnsupportedRule, task([{ name: 'a', user: '1000', ulimits: [] }]))).toEqual([]);
  });

  it('reports each Linux-only container field and removes it', () => {
    const doc = task(
      [{ name: 'a', user: 'app', linuxParameters: {}, readonlyRootFilesystem: true, links: ['b'] }],
      WINDOWS,
    );
    const problems = windowsUnsupportedRule.check(doc);
    expect(problems.map((p) => p.path)).toEqual([
      'containerDefinitions[0].links',
      'containerDefinitions[0].linuxParameters',
      'containerDefinitions[0].user',
      'containerDefinitions[0].readonlyRootFilesystem',
    ]);
    expect(at(fixed(problems[2]!, doc), 'containerDefinitions', 0, 'user')).toBeUndefined();
  });

  it('leaves links and extraHosts with awsvpc to the network rules', () => {
    const doc = task([{ name: 'a', links: ['b'], extraHosts: [{ hostname: 'h', ipAddress: '10.0.0.1' }] }], {
      ...WINDOWS,
      networkMode: 'awsvpc',
    });
    expect(codes(windowsUnsupportedRule, doc)).toEqual([]);
  });

  it('reports pidMode, ipcMode, proxyConfiguration and a non-local volume driver', () => {
    const doc = task([{ name: 'a' }], {
      ...WINDOWS,
      pidMode: 'task',
      ipcMode: 'none',
      proxyConfiguration: { containerName: 'envoy' },
      volumes: [{ name: 'v', dockerVolumeConfiguration: { driver: 'rexray/ebs' } }],
    });
    expect(codes(windowsUnsupportedRule, doc)).toEqual([
      'windows-unsupported-parameter',
      'windows-unsupported-parameter',
      'windows-unsupported-parameter',
      'windows-volume-driver',
    ]);
  });
});

describe('Windows on Fargate', () => {
  it('leaves privileged, ipcMode and pidMode host to the Fargate rule, but reports pidMode task', () => {
    const both = fargate([{ name: 'a', privileged: true }], { ...WINDOWS, ipcMode: 'task', pidMode: 'host' });
    expect(codes(windowsUnsupportedRule, both)).toEqual([]);
    expect(codes(windowsUnsupportedRule, fargate([{ name: 'a' }], { ...WINDOWS, pidMode: 'task' }))).toEqual([
      'windows-unsupported-parameter',
    ]);
  });
});

describe('runtimePlatform on Fargate (RULES.md 110)', () => {
  it('passes Windows Server 2022 on X86_64 and Linux on ARM64', () => {
    expect(codes(runtimePlatformRule, fargate([{ name: 'a' }], WINDOWS))).toEqual([]);
    expect(
      codes(
        runtimePlatformRule,
        fargate([{ name: 'a' }], {
          runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
        }),
      ),
    ).toEqual([]);
  });

  it('reports Windows on ARM64 and sets X86_64', () => {
    const doc = fargate([{ name: 'a' }], {
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_FULL', cpuArchitecture: 'ARM64' },
    });
    const out = fixed(only(runtimePlatformRule, doc, 'windows-fargate-architecture'), doc);
    expect(at(out, 'runtimePlatform', 'cpuArchitecture')).toBe('X86_64');
  });

  it('warns about a Windows edition Fargate does not offer', () => {
    const doc = fargate([{ name: 'a' }], {
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2016_FULL' },
    });
    expect(codes(runtimePlatformRule, doc)).toEqual(['fargate-os-family']);
  });
});
