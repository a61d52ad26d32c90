import { describe, expect, it } from 'vitest';
import { check, SIDECAR_CATALOG, type JsonObject } from '../../domain/index.ts';
import {
  buttonLabel,
  canReplace,
  growLabel,
  imageFor,
  imageSourceOf,
  nextAction,
  runSidecar,
  splitNote,
} from './sidecar-actions.ts';

const fargate = (cpu = '256', memory = '512', app: JsonObject = {}): JsonObject => ({
  family: 'web',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu,
  memory,
  containerDefinitions: [
    {
      name: 'web',
      image: 'public.ecr.aws/nginx/nginx:1.27',
      essential: true,
      portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
      ...app,
    },
  ],
});

const errors = (doc: JsonObject) => check(doc).filter((p) => p.severity === 'error');

describe('labels', () => {
  it('names the button after what a click does', () => {
    expect(buttonLabel('xray', false)).toBe('Add X-Ray sidecar');
    expect(buttonLabel('xray', true)).toBe('Remove X-Ray sidecar');
    expect(buttonLabel('adot', false)).toBe('Add OpenTelemetry collector');
    expect(buttonLabel('adot', true)).toBe('Remove OpenTelemetry collector');
    expect(growLabel({ cpu: '512', memory: '1024' })).toBe('Grow the task to 512/1024 and add');
  });

  it('the next action follows the document', () => {
    const doc = fargate();
    expect(nextAction(doc, 'xray')).toBe('add');
    const out = runSidecar(doc, 'xray', 'add');
    if (out.type !== 'changed') throw new Error(out.type);
    expect(nextAction(out.document, 'xray')).toBe('remove');
    expect(nextAction(out.document, 'adot')).toBe('add');
  });
});

describe('images', () => {
  it('picks the catalog image of the chosen registry', () => {
    expect(imageFor('xray', 'ecr-public')).toBe(SIDECAR_CATALOG.xray.images[0]);
    expect(imageFor('xray', 'docker-hub')).toMatch(/^amazon\/aws-xray-daemon:/);
    expect(imageFor('adot', 'docker-hub')).toMatch(/^amazon\/aws-otel-collector:/);
    expect(imageSourceOf('public.ecr.aws/xray/aws-xray-daemon:3.x')).toBe('ecr-public');
    expect(imageSourceOf('amazon/aws-xray-daemon:3.x')).toBe('docker-hub');
  });

  it('adds the Docker Hub image when asked', () => {
    const out = runSidecar(fargate('1024', '2048'), 'xray', 'add', { image: imageFor('xray', 'docker-hub') });
    if (out.type !== 'changed') throw new Error(out.type);
    const list = out.document.containerDefinitions as JsonObject[];
    expect(list.find((c) => c.name === 'xray-daemon')?.image).toBe('amazon/aws-xray-daemon:3.x');
  });
});

describe('splitNote', () => {
  it('separates a trailing JSON object and pretty-prints it', () => {
    const part = splitNote('Attach this policy: {"Version":"2012-10-17","Statement":[]}');
    expect(part.text).toBe('Attach this policy:');
    expect(part.json).toBe(JSON.stringify({ Version: '2012-10-17', Statement: [] }, null, 2));
  });

  it('leaves a note without a JSON tail as it is', () => {
    expect(splitNote('No JSON here')).toEqual({ text: 'No JSON here' });
    expect(splitNote('A brace { that is not JSON')).toEqual({ text: 'A brace { that is not JSON' });
    expect(splitNote('An array [1, 2] is not a policy')).toEqual({ text: 'An array [1, 2] is not a policy' });
  });
});

describe('runSidecar', () => {
  it('adds the daemon with a report: changes, the maintenance notice, the policy to copy', () => {
    const doc = fargate('1024', '2048');
    const out = runSidecar(doc, 'xray', 'add');
    if (out.type !== 'changed') throw new Error(out.type);
    expect(errors(out.document)).toEqual([]);
    expect(out.report.summary).toBe(`Added the ${SIDECAR_CATALOG.xray.label}.`);
    expect(out.report.changes.some((c) => c.includes("'xray-daemon'"))).toBe(true);
    expect(out.report.notes.some((n) => n.text.includes('2027-02-25'))).toBe(true);
    const policyNote = out.report.notes.find((n) => n.json !== undefined);
    expect(policyNote?.text).toContain('AWSXRayDaemonWriteAccess');
    expect(out.report.policy?.name).toBe('AWSXRayDaemonWriteAccess');
    expect(JSON.parse(out.report.policy?.json ?? '')).toEqual(SIDECAR_CATALOG.xray.taskRolePolicy.document);
  });

  it('copies the policy that fits: a collector next to a daemon needs the X-Ray statement only', () => {
    const withDaemon = runSidecar(fargate('1024', '2048'), 'xray', 'add');
    if (withDaemon.type !== 'changed') throw new Error(withDaemon.type);
    const out = runSidecar(withDaemon.document, 'adot', 'add');
    if (out.type !== 'changed') throw new Error(out.type);
    const policy = JSON.parse(out.report.policy?.json ?? '') as { Statement: unknown[] };
    expect(policy.Statement).toHaveLength(1);
    const alone = runSidecar(fargate('1024', '2048'), 'adot', 'add');
    if (alone.type !== 'changed') throw new Error(alone.type);
    expect(JSON.parse(alone.report.policy?.json ?? '')).toEqual(SIDECAR_CATALOG.adot.taskRolePolicy.document);
  });

  it('remove restores the document and offers no policy', () => {
    const doc = fargate('1024', '2048', { environment: [{ name: 'A', value: '1' }] });
    const added = runSidecar(doc, 'adot', 'add');
    if (added.type !== 'changed') throw new Error(added.type);
    const removed = runSidecar(added.document, 'adot', 'remove');
    if (removed.type !== 'changed') throw new Error(removed.type);
    expect(removed.document).toEqual(doc);
    expect(removed.report.summary).toBe(`Removed the ${SIDECAR_CATALOG.adot.label}.`);
    expect(removed.report.policy).toBeUndefined();
  });

  it('says so when nothing changes', () => {
    const added = runSidecar(fargate('1024', '2048'), 'xray', 'add');
    if (added.type !== 'changed') throw new Error(added.type);
    const again = runSidecar(added.document, 'xray', 'add');
    expect(again.type).toBe('unchanged');
    const none = runSidecar(fargate(), 'xray', 'remove');
    expect(none.type).toBe('unchanged');
    if (none.type === 'unchanged') expect(none.report.notes[0]?.text).toMatch(/nothing to remove/);
  });

  it('a sidecar that does not fit is refused with the next size, which growTask applies', () => {
    const doc = fargate('256', '512', { cpu: 128, memoryReservation: 256 });
    const out = runSidecar(doc, 'adot', 'add');
    expect(out).toMatchObject({ type: 'refused', kind: 'adot', grow: { cpu: '512', memory: '1024' } });
    const grown = runSidecar(doc, 'adot', 'add', { growTask: true });
    if (grown.type !== 'changed') throw new Error(grown.type);
    expect(grown.document).toMatchObject({ cpu: '512', memory: '1024' });
    expect(grown.report.changes.some((c) => /Grew the task cpu/.test(c))).toBe(true);
    expect(errors(grown.document)).toEqual([]);
  });

  it('growLabel names what grows: both on Fargate, one value on EC2', () => {
    expect(growLabel({ cpu: '512', memory: '1024' })).toBe('Grow the task to 512/1024 and add');
    expect(growLabel({ cpu: '288' })).toBe('Grow the task cpu to 288 and add');
    expect(growLabel({ memory: '896' })).toBe('Grow the task memory to 896 and add');
  });

  it('EC2 with only task memory set: the offer is the memory alone, and growTask applies it', () => {
    const doc: JsonObject = {
      family: 'shop',
      networkMode: 'bridge',
      memory: '600',
      containerDefinitions: [{ name: 'api', image: 'node:22', memory: 512 }],
    };
    const out = runSidecar(doc, 'xray', 'add');
    expect(out).toMatchObject({ type: 'refused', grow: { memory: '768' } });
    const grown = runSidecar(doc, 'xray', 'add', { growTask: true });
    if (grown.type !== 'changed') throw new Error(grown.type);
    expect(grown.document.memory).toBe('768');
    expect(grown.document.cpu).toBeUndefined();
    expect(errors(grown.document)).toEqual([]);
  });

  it('other refusals carry their message and no offer', () => {
    const doc: JsonObject = { ...fargate(), networkMode: 'none', requiresCompatibilities: ['EC2'] };
    const out = runSidecar(doc, 'xray', 'add');
    if (out.type !== 'refused') throw new Error(out.type);
    expect(out.message).toMatch(/networkMode is "none"/);
    expect(out.grow).toBeUndefined();
  });

  it('replace swaps the daemon for the collector as one change, growing the task if asked', () => {
    const doc = fargate('256', '512', { cpu: 64, memoryReservation: 128 });
    const withDaemon = runSidecar(doc, 'xray', 'add');
    if (withDaemon.type !== 'changed') throw new Error(withDaemon.type);
    expect(canReplace(withDaemon.document, 'adot')).toBe(true);
    const refused = runSidecar(withDaemon.document, 'adot', 'replace');
    expect(refused).toMatchObject({
      type: 'refused',
      action: 'replace',
      grow: { cpu: '512', memory: '1024' },
    });
    const out = runSidecar(withDaemon.document, 'adot', 'replace', { growTask: true });
    if (out.type !== 'changed') throw new Error(out.type);
    const names = (out.document.containerDefinitions as JsonObject[]).map((c) => c.name);
    expect(names).toEqual(['web', 'aws-otel-collector']);
    expect(out.report.summary).toBe(
      `Replaced the ${SIDECAR_CATALOG.xray.label} with the ${SIDECAR_CATALOG.adot.label}.`,
    );
    expect(out.report.changes[0]).toBe("Removed container 'xray-daemon'");
    expect(out.report.policy?.name).toBe(SIDECAR_CATALOG.adot.taskRolePolicy.name);
    expect(errors(out.document)).toEqual([]);
  });

  it('replace is refused when there is nothing to replace or the collector is already there', () => {
    expect(canReplace(fargate(), 'adot')).toBe(false);
    expect(runSidecar(fargate(), 'adot', 'replace').type).toBe('refused');
    const both = runSidecar(fargate('1024', '2048'), 'xray', 'add');
    if (both.type !== 'changed') throw new Error(both.type);
    const next = runSidecar(both.document, 'adot', 'add');
    if (next.type !== 'changed') throw new Error(next.type);
    expect(canReplace(next.document, 'adot')).toBe(false);
    expect(runSidecar(next.document, 'adot', 'replace').type).toBe('refused');
  });
});
