// The template gallery (public/templates): every file is register-ready as it stands.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { botocoreValidate } from '../../../scripts/botocore-oracle.ts';
import { check } from '../check.ts';
import { importText } from '../import/index.ts';
import { isJsonObject, type JsonObject } from '../json.ts';
import { getAt } from '../path.ts';

const DIR = `${process.cwd()}/public/templates/`;

interface Entry {
  id: string;
  title: string;
  description: string;
  file: string;
}

const index = JSON.parse(readFileSync(`${DIR}index.json`, 'utf8')) as Entry[];
const documents = index.map((e) => JSON.parse(readFileSync(DIR + e.file, 'utf8')) as JsonObject);

describe('template gallery', () => {
  it('lists every template file once, with a title and a description', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'index.json');
    expect(index.map((e) => e.file).sort()).toEqual(files.sort());
    expect(new Set(index.map((e) => e.id)).size).toBe(index.length);
    for (const e of index) {
      expect(e.id).toMatch(/^[a-z0-9-]+$/);
      expect(e.title.length).toBeGreaterThan(5);
      expect(e.description.length).toBeGreaterThan(20);
    }
    expect(index).toHaveLength(5);
  });

  it.each(index.map((e, i) => [e.id, documents[i] ?? {}] as const))(
    '%s has no errors in check()',
    (_id, doc) => {
      expect(check(doc).filter((p) => p.severity === 'error')).toEqual([]);
    },
  );

  it.each(index.map((e) => [e.id, e.file] as const))(
    '%s imports as register input with nothing to fix',
    (_id, file) => {
      const result = importText(readFileSync(DIR + file, 'utf8'));
      expect(result.ok && result.kind).toBe('register-input');
      expect(result.ok ? result.fixes : ['not ok']).toEqual([]);
    },
  );

  it('passes botocore validation', () => {
    expect(botocoreValidate(documents)).toEqual(documents.map(() => ({ ok: true })));
  });

  it('covers what the gallery promises', () => {
    const byId = new Map(index.map((e, i) => [e.id, documents[i] ?? {}]));
    const windows = byId.get('windows-fargate') ?? {};
    expect(getAt(windows, ['runtimePlatform'])).toEqual({
      cpuArchitecture: 'X86_64',
      operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE',
    });
    expect(Number(windows.cpu)).toBeGreaterThanOrEqual(1024);
    const firelens = byId.get('firelens-fluent-bit') ?? {};
    expect(getAt(firelens, ['containerDefinitions', 0, 'firelensConfiguration', 'type'])).toBe('fluentbit');
    expect(getAt(firelens, ['containerDefinitions', 0, 'image'])).toMatch(/aws-for-fluent-bit/);
    expect(getAt(firelens, ['containerDefinitions', 1, 'logConfiguration', 'logDriver'])).toBe('awsfirelens');
    const secrets = JSON.stringify(byId.get('worker-secrets'));
    expect(secrets).toContain(':secretsmanager:');
    expect(secrets).toContain(':ssm:');
    const bridge = byId.get('ec2-bridge-dynamic-ports') ?? {};
    expect(bridge.networkMode).toBe('bridge');
    expect(getAt(bridge, ['containerDefinitions', 0, 'portMappings', 0, 'hostPort'])).toBe(0);
    expect(
      getAt(byId.get('fargate-web') ?? {}, ['containerDefinitions', 0, 'logConfiguration', 'logDriver']),
    ).toBe('awslogs');
    expect(documents.every((d) => isJsonObject(d))).toBe(true);
  });
});
