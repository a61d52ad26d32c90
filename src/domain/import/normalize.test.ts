// The mechanical fixes: nulls, empty values, types the model wants, enum case, read-only members.
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json.ts';
import { normalizeDocument } from './normalize.ts';

function run(doc: JsonObject) {
  const r = normalizeDocument(doc);
  return {
    doc: r.document,
    fixes: r.fixes.map((f) => `${f.code} ${f.path}`),
    messages: r.fixes.map((f) => f.message),
  };
}

describe('coercions follow the model', () => {
  it('task cpu/memory numbers become strings; container numbers in strings become integers', () => {
    const r = run({
      family: 'f',
      cpu: 256,
      memory: 512,
      containerDefinitions: [
        { name: 'a', cpu: '128', memory: '512', portMappings: [{ containerPort: ' 80 ', hostPort: '80' }] },
      ],
    });
    expect(r.doc).toEqual({
      family: 'f',
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        { name: 'a', cpu: 128, memory: 512, portMappings: [{ containerPort: 80, hostPort: 80 }] },
      ],
    });
    expect(r.fixes).toEqual([
      'coerce-to-string cpu',
      'coerce-to-string memory',
      'coerce-to-number containerDefinitions[0].cpu',
      'coerce-to-number containerDefinitions[0].memory',
      'coerce-to-number containerDefinitions[0].portMappings[0].containerPort',
      'coerce-to-number containerDefinitions[0].portMappings[0].hostPort',
    ]);
    expect(r.messages[0]).toBe(
      'Converted cpu from the number 256 to the string "256": the API expects a string here.',
    );
  });

  it('env values, labels, log options and command items become strings; booleans from "true"/"false"', () => {
    const r = run({
      family: 'f',
      containerDefinitions: [
        {
          name: 'a',
          essential: 'true',
          readonlyRootFilesystem: 'FALSE',
          environment: [
            { name: 'PORT', value: 8080 },
            { name: 'DEBUG', value: false },
          ],
          dockerLabels: { weight: 10 },
          logConfiguration: {
            logDriver: 'awslogs',
            options: { 'max-buffer-size': 25, 'non-blocking': true },
          },
          command: ['sleep', 10],
        },
      ],
    });
    expect(r.doc.containerDefinitions).toEqual([
      {
        name: 'a',
        essential: true,
        readonlyRootFilesystem: false,
        environment: [
          { name: 'PORT', value: '8080' },
          { name: 'DEBUG', value: 'false' },
        ],
        dockerLabels: { weight: '10' },
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'max-buffer-size': '25', 'non-blocking': 'true' },
        },
        command: ['sleep', '10'],
      },
    ]);
    expect(r.fixes.filter((f) => f.startsWith('coerce-to-boolean'))).toHaveLength(2);
    expect(r.fixes.filter((f) => f.startsWith('coerce-to-string'))).toHaveLength(6);
  });

  it('leaves values it cannot convert for the rules to report', () => {
    const doc = {
      family: 'f',
      containerDefinitions: [{ name: 'a', memory: '512m', essential: 'yes', command: 'npm start' }],
    };
    const r = run(doc);
    expect(r.doc).toEqual(doc);
    expect(r.fixes).toEqual([]);
  });

  it('fixes the case of enum values when exactly one value matches', () => {
    const r = run({
      family: 'f',
      networkMode: 'AWSVPC',
      requiresCompatibilities: ['fargate'],
      containerDefinitions: [],
    });
    expect(r.doc).toMatchObject({ networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'] });
    expect(r.fixes).toEqual(['enum-case networkMode', 'enum-case requiresCompatibilities[0]']);
  });
});

describe('nulls and empty values', () => {
  it('drops nulls everywhere, and empty optional lists, objects and strings of known members', () => {
    const r = run({
      family: 'f',
      networkMode: null,
      taskRoleArn: '',
      tags: [],
      containerDefinitions: [
        {
          name: 'a',
          systemControls: null,
          privileged: null,
          links: [],
          linuxParameters: { capabilities: { add: [], drop: [] } },
          repositoryCredentials: { credentialsParameter: '' },
          environment: [{ name: 'EMPTY', value: '' }],
          dockerLabels: { empty: '' },
        },
      ],
    });
    expect(r.doc).toEqual({
      family: 'f',
      containerDefinitions: [
        { name: 'a', environment: [{ name: 'EMPTY', value: '' }], dockerLabels: { empty: '' } },
      ],
    });
    expect(r.fixes).toEqual([
      'null-removed networkMode',
      'empty-removed taskRoleArn',
      'empty-removed tags',
      'null-removed containerDefinitions[0].systemControls',
      'null-removed containerDefinitions[0].privileged',
      'empty-removed containerDefinitions[0].links',
      'empty-removed containerDefinitions[0].linuxParameters.capabilities.add',
      'empty-removed containerDefinitions[0].linuxParameters.capabilities.drop',
      'empty-removed containerDefinitions[0].linuxParameters.capabilities',
      'empty-removed containerDefinitions[0].linuxParameters',
      'empty-removed containerDefinitions[0].repositoryCredentials',
    ]);
  });

  it("keeps required members even when empty, and a volume's empty host (a Docker-managed bind mount)", () => {
    const doc = { family: '', containerDefinitions: [], volumes: [{ name: 'v', host: {} }] };
    expect(run(doc)).toMatchObject({ doc, fixes: [] });
  });

  it('keeps cpu 0 on a register input (only describe output drops it)', () => {
    const doc = { family: 'f', containerDefinitions: [{ name: 'a', cpu: 0 }] };
    expect(run(doc).doc).toEqual(doc);
  });

  it('removes null items from lists', () => {
    const r = run({ family: 'f', containerDefinitions: [null, { name: 'a', command: ['x', null] }] });
    expect(r.doc).toEqual({ family: 'f', containerDefinitions: [{ name: 'a', command: ['x'] }] });
    expect(r.fixes).toEqual([
      'null-removed containerDefinitions[0]',
      'null-removed containerDefinitions[0].command[1]',
    ]);
  });
});

describe('read-only members', () => {
  it('strips every member describe-task-definition adds and keeps the rest in order', () => {
    const r = run({
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:1:task-definition/f:1',
      family: 'f',
      revision: 1,
      status: 'ACTIVE',
      requiresAttributes: [{ name: 'x' }],
      compatibilities: ['EC2'],
      registeredAt: '2024-01-01T00:00:00Z',
      registeredBy: 'arn:aws:iam::1:root',
      deregisteredAt: '2024-01-02T00:00:00Z',
      deleteRequestedAt: '2024-01-03T00:00:00Z',
      containerDefinitions: [],
    });
    expect(r.doc).toEqual({ family: 'f', containerDefinitions: [] });
    expect(r.fixes).toHaveLength(9);
    expect(r.messages[0]).toMatch(/Unknown parameter in input/);
  });
});
