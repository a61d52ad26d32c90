import { describe, expect, it } from 'vitest';
import { systemControlsRule, ulimitsRule } from './kernel.ts';
import { at, codes, fargate, fixed, only, task } from './testing.ts';

const sysctl = (namespace: string, value = '1') => ({ namespace, value });

describe('systemControls (RULES.md 92)', () => {
  it('passes net.*, fs.mqueue.* and the IPC keys (also on Fargate)', () => {
    const controls = [
      sysctl('net.ipv4.tcp_keepalive_time', '60'),
      sysctl('fs.mqueue.msg_max'),
      sysctl('kernel.shmmax'),
    ];
    expect(codes(systemControlsRule, task([{ name: 'a', systemControls: controls }]))).toEqual([]);
    expect(codes(systemControlsRule, fargate([{ name: 'a', systemControls: controls }]))).toEqual([]);
  });

  it('reports a namespace ECS cannot set', () => {
    expect(
      codes(systemControlsRule, task([{ name: 'a', systemControls: [sysctl('vm.max_map_count')] }])),
    ).toEqual(['system-control-namespace']);
  });

  it('reports net.* with host networking and IPC keys with ipcMode host', () => {
    const host = task([{ name: 'a', systemControls: [sysctl('net.core.somaxconn')] }], {
      networkMode: 'host',
    });
    expect(codes(systemControlsRule, host)).toEqual(['system-control-namespace']);
    const ipc = task([{ name: 'a', systemControls: [sysctl('kernel.sem')] }], { ipcMode: 'host' });
    expect(codes(systemControlsRule, ipc)).toEqual(['system-control-namespace']);
  });

  it('warns when two awsvpc containers set the same net.* key differently', () => {
    const doc = task(
      [
        { name: 'a', systemControls: [sysctl('net.core.somaxconn', '1024')] },
        { name: 'b', systemControls: [sysctl('net.core.somaxconn', '4096')] },
      ],
      { networkMode: 'awsvpc' },
    );
    expect(codes(systemControlsRule, doc)).toEqual(['system-control-conflict']);
  });
});

describe('ulimits (RULES.md 93)', () => {
  const nofile = (softLimit: number, hardLimit: number) => ({ name: 'nofile', softLimit, hardLimit });

  it('passes sane limits', () => {
    expect(codes(ulimitsRule, fargate([{ name: 'a', ulimits: [nofile(65535, 1048576)] }]))).toEqual([]);
  });

  it('reports nofile above 1048576 on Fargate only', () => {
    const doc = fargate([{ name: 'a', ulimits: [nofile(1048576, 2000000)] }]);
    const p = only(ulimitsRule, doc, 'fargate-nofile-limit');
    expect(at(fixed(p, doc), 'containerDefinitions', 0, 'ulimits', 0, 'hardLimit')).toBe(1048576);
    expect(codes(ulimitsRule, task([{ name: 'a', ulimits: [nofile(1048576, 2000000)] }]))).toEqual([]);
  });

  it('warns about soft above hard and duplicates', () => {
    const doc = task([{ name: 'a', ulimits: [nofile(10, 5), nofile(1, 2)] }]);
    expect(codes(ulimitsRule, doc)).toEqual(['ulimit-soft-above-hard', 'ulimit-duplicate']);
  });
});
