import { describe, expect, it } from 'vitest';
import { exportJson, jsonEqual } from '../domain/index.ts';
import { runSidecarCommand } from './sidecar-command.ts';
import { captureIo } from './test-io.ts';

const fargate = {
  family: 'checkout',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  containerDefinitions: [
    {
      name: 'checkout',
      image: 'public.ecr.aws/docker/library/golang:1.25',
      cpu: 128,
      memoryReservation: 128,
    },
  ],
};
const bridge = {
  family: 'shop',
  containerDefinitions: [{ name: 'api', image: 'public.ecr.aws/docker/library/node:22', memory: 512 }],
};
const text = (doc: unknown) => JSON.stringify(doc, null, 2);

describe('taskdef sidecar', () => {
  it('add xray FILE prints the document on stdout, changes and notes on stderr, exit 0', async () => {
    const io = captureIo('', { 'td.json': text(bridge) });
    expect(await runSidecarCommand(['add', 'xray', 'td.json'], io)).toBe(0);
    const doc = JSON.parse(io.out);
    expect(doc.containerDefinitions[1].name).toBe('xray-daemon');
    expect(doc.containerDefinitions[0].links).toEqual(['xray-daemon']);
    expect(io.out.endsWith('\n')).toBe(true);
    expect(io.err).toMatch(/td\.json: changed: Added container 'xray-daemon'/);
    expect(io.err).toMatch(/td\.json: note: .*end of support on 2027-02-25/);
  });

  it('add then remove through the command gives the exported original back (stdin as -)', async () => {
    const added = captureIo(text(bridge));
    expect(await runSidecarCommand(['add', 'adot', '-'], added)).toBe(0);
    const removed = captureIo(added.out);
    expect(await runSidecarCommand(['remove', 'adot', '-'], removed)).toBe(0);
    expect(removed.out).toBe(exportJson(bridge));
    expect(removed.err).toMatch(/changed: Removed container 'aws-otel-collector'/);
  });

  it('exit 1 with the message and the suggestion when the sidecar does not fit', async () => {
    const io = captureIo(text(fargate));
    expect(await runSidecarCommand(['add', 'adot', '-'], io)).toBe(1);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/next valid Fargate size is 512 CPU units \/ 1024 MiB/);
    expect(io.err).toMatch(/suggestion: task cpu 512, memory 1024 \(add --grow-task/);
  });

  it('--docker-hub adds the Docker Hub image; it excludes --image and applies to add only', async () => {
    const io = captureIo(text(bridge));
    expect(await runSidecarCommand(['add', 'xray', '-', '--docker-hub'], io)).toBe(0);
    expect(JSON.parse(io.out).containerDefinitions[1].image).toBe('amazon/aws-xray-daemon:3.x');
    const adot = captureIo(text(bridge));
    expect(await runSidecarCommand(['add', 'adot', '-', '--docker-hub'], adot)).toBe(0);
    expect(JSON.parse(adot.out).containerDefinitions[1].image).toBe('amazon/aws-otel-collector:v0.30.0');
    const both = captureIo(text(bridge));
    expect(await runSidecarCommand(['add', 'xray', '-', '--docker-hub', '--image', 'x'], both)).toBe(2);
    expect(both.err).toMatch(/exclude each other/);
    const remove = captureIo(text(bridge));
    expect(await runSidecarCommand(['remove', 'xray', '-', '--docker-hub'], remove)).toBe(2);
  });

  it('EC2 with only task memory set: the suggestion names the memory alone', async () => {
    const io = captureIo(text({ ...bridge, memory: '600' }));
    expect(await runSidecarCommand(['add', 'xray', '-'], io)).toBe(1);
    expect(io.err).toMatch(/suggestion: memory 768 \(add --grow-task/);
  });

  it('--grow-task applies the size; --image picks another image', async () => {
    const io = captureIo(text(fargate));
    expect(
      await runSidecarCommand(
        ['add', 'adot', '-', '--grow-task', '--image', 'amazon/aws-otel-collector:v0.30.0'],
        io,
      ),
    ).toBe(0);
    const doc = JSON.parse(io.out);
    expect([doc.cpu, doc.memory]).toEqual(['512', '1024']);
    expect(doc.containerDefinitions[1].image).toBe('amazon/aws-otel-collector:v0.30.0');
    expect(io.err).toMatch(/changed: Grew the task cpu/);
  });

  it('exit 1 for networkMode none', async () => {
    const io = captureIo(text({ ...bridge, networkMode: 'none' }));
    expect(await runSidecarCommand(['add', 'xray', '-'], io)).toBe(1);
    expect(io.err).toMatch(/"none"/);
  });

  it('remove of an absent sidecar is a no-op with a note, exit 0', async () => {
    const io = captureIo(text(bridge));
    expect(await runSidecarCommand(['remove', 'xray', '-'], io)).toBe(0);
    expect(jsonEqual(JSON.parse(io.out), bridge)).toBe(true);
    expect(io.err).toMatch(/nothing to remove/);
  });

  it('exit 2 on unreadable input', async () => {
    const broken = captureIo('{ "family": ');
    expect(await runSidecarCommand(['add', 'xray', '-'], broken)).toBe(2);
    expect(broken.err).toMatch(/line \d+, column \d+/);
    const missing = captureIo();
    expect(await runSidecarCommand(['add', 'xray', '/nonexistent/td.json'], missing)).toBe(2);
    expect(missing.out).toBe('');
  });

  it('exit 2 on bad usage, with the usage text', async () => {
    for (const args of [
      [],
      ['add'],
      ['add', 'jaeger', '-'],
      ['install', 'xray', '-'],
      ['add', 'xray'],
      ['add', 'xray', 'a', 'b'],
      ['add', 'xray', '-', '--bogus'],
      ['add', 'xray', '-', '--image'],
      ['remove', 'xray', '-', '--grow-task'],
    ]) {
      const io = captureIo(text(bridge));
      expect(await runSidecarCommand(args, io), args.join(' ')).toBe(2);
      expect(io.err).toMatch(/usage: taskdef sidecar/);
      expect(io.out).toBe('');
    }
  });
});
