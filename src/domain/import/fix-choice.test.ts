import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import { applyImportFixes, optionalFixIds } from './fix-choice.ts';
import { changedElsewhere } from './fix-choice.test-util.ts';
import { importText } from './import-text.ts';
import { normalizeWith } from './normalize.ts';
import type { ImportSuccess } from './types.ts';

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, CORPUS), 'utf8');
const manifest = read('MANIFEST.tsv')
  .split('\n')
  .slice(1)
  .map((row) => row.split('\t'))
  .filter((cols) => cols.length > 5);
const ofKind = (kind: string): string[] => manifest.filter((c) => c[5] === kind).map((c) => c[0] ?? '');

function ok(text: string): ImportSuccess {
  const r = importText(text);
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

const allBut = (r: ImportSuccess, id: string): Set<string> =>
  new Set(optionalFixIds(r).filter((x) => x !== id));

/** describe outputs, console copies (nulls, empties, wrong types), CloudFormation, container lists. */
const FILES = [
  ...ofKind('describe-output'),
  ...ofKind('cloudformation'),
  ...ofKind('container-array'),
  ...ofKind('templated'),
].filter((f) => importText(read(f)).ok);

const CONSOLE_COPY = JSON.stringify({
  family: 'console-copy',
  networkMode: 'AWSVPC',
  cpu: 256,
  memory: '512',
  taskRoleArn: null,
  volumes: [],
  containerDefinitions: [
    {
      name: 'app',
      image: 'nginx',
      essential: 'true',
      command: ['run', null, 'now'],
      environment: [{ name: 'PORT', value: 8080 }],
      portMappings: [{ containerPort: '80', hostPort: 80 }],
      linuxParameters: { capabilities: { add: null } },
    },
  ],
});

describe('applyImportFixes over the corpus', () => {
  it('covers every input kind', () => {
    const kinds = new Set(FILES.map((f) => ok(read(f)).kind));
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining(['cloudformation-template', 'container-array', 'describe-output']),
    );
  });

  it.each(FILES)('%s: accepting all is the import; each fix can be declined alone', (file) => {
    const r = ok(read(file));
    const all = optionalFixIds(r);
    expect(new Set(all).size).toBe(all.length);
    expect(applyImportFixes(r, new Set(all))).toBe(r.document);
    // The redo starts from the same place the import did.
    const redo = normalizeWith(r.base.document, {
      describe: r.base.describe,
      bigIntegers: r.base.bigIntegers,
    });
    expect(redo.document).toEqual(r.document);
    for (const id of all) {
      const fix = r.fixes.find((f) => f.id === id);
      if (!fix) throw new Error(id);
      const declined = applyImportFixes(r, allBut(r, id));
      expect(declined, id).not.toEqual(r.document);
      expect(changedElsewhere(fix, r.document, declined), id).toEqual([]);
    }
  });
});

describe('declining every optional fix', () => {
  it.each(ofKind('describe-output'))('%s: leaves the task definition exactly as described', (file) => {
    const text = read(file);
    const r = ok(text);
    const raw: unknown = JSON.parse(text);
    const outer = isJsonObject(raw) && isJsonObject(raw.data) ? raw.data : raw;
    const td = isJsonObject(outer) ? (outer.taskDefinition ?? outer) : undefined;
    expect(applyImportFixes(r, new Set())).toEqual(td);
    const required = r.fixes.filter((f) => f.required !== undefined).map((f) => f.code);
    if (td === outer) expect(required).toEqual([]);
    else expect(required).toContain('unwrapped-describe');
  });

  const plainJson = (f: string): boolean => {
    try {
      JSON.parse(read(f));
      return true;
    } catch {
      return false;
    }
  };
  it.each(ofKind('container-array').filter(plainJson))('%s: wraps the containers as they are', (file) => {
    const text = read(file);
    const r = ok(text);
    const list = JSON.parse(text) as JsonValue[];
    expect(applyImportFixes(r, new Set()).containerDefinitions).toEqual(list);
    expect(r.fixes.find((f) => f.code === 'wrapped-containers')?.required).toMatch(/not a task definition/);
  });

  it('on a CloudFormation template keeps the renaming and puts the intrinsic functions back', () => {
    const text = read(
      'aws-cloudformation__aws-cloudformation-templates__ECS__FargateLaunchType__services__public-service.json',
    );
    const r = ok(text);
    expect(r.fixes.find((f) => f.code === 'cfn-properties')?.required).toBeDefined();
    const none = applyImportFixes(r, new Set());
    expect(none.family).toBeDefined();
    expect(JSON.stringify(none)).not.toContain('{{Ref ');
    expect(JSON.stringify(none)).toContain('{"Ref":"ServiceName"}');
    expect(JSON.stringify(r.document)).toContain('{{Ref ServiceName}}');
  });

  it('on a console copy keeps every null, empty value and wrong type as pasted', () => {
    const r = ok(CONSOLE_COPY);
    expect(applyImportFixes(r, new Set())).toEqual(JSON.parse(CONSOLE_COPY));
    expect(r.fixes.every((f) => f.required === undefined)).toBe(true);
  });
});

describe('declining one fix of a console copy', () => {
  const r = ok(CONSOLE_COPY);
  const declineWhere = (code: string, path: string): JsonObject => {
    const fix = r.fixes.find((f) => f.code === code && f.path === path);
    if (!fix) throw new Error(`${code} ${path}: ${r.fixes.map((f) => f.id).join(', ')}`);
    return applyImportFixes(r, allBut(r, fix.id));
  };

  it('keeps the number where a string was wanted, and applies the rest', () => {
    const out = declineWhere('coerce-to-string', 'cpu');
    expect(out).toEqual({ ...r.document, cpu: 256 });
    expect(r.document.cpu).toBe('256');
  });

  it('keeps a null item of a list, without moving the other fixes', () => {
    const out = declineWhere('null-removed', 'containerDefinitions[0].command[1]');
    const [app] = out.containerDefinitions as JsonObject[];
    expect(app?.command).toEqual(['run', null, 'now']);
    expect(app?.essential).toBe(true);
    expect(out.networkMode).toBe('awsvpc');
  });

  it('keeps a null inside an object that was then removed as empty: the object comes back', () => {
    const out = declineWhere('null-removed', 'containerDefinitions[0].linuxParameters.capabilities.add');
    const [app] = out.containerDefinitions as JsonObject[];
    expect(app?.linuxParameters).toEqual({ capabilities: { add: null } });
  });

  it('ignores ids it does not know and never throws on a foreign choice', () => {
    expect(applyImportFixes(r, new Set([...optionalFixIds(r), 'no-such-fix@x']))).toBe(r.document);
    expect(() => applyImportFixes(r, new Set(['cfn-properties@']))).not.toThrow();
  });
});

describe('describe output: read-only fields and tags', () => {
  const file = 'AGHCampus__server__.aws__task-definition.json';
  const r = ok(read(file));

  it('marks the unwrapping required and the stripping optional', () => {
    const arn = r.fixes.find((f) => f.path === 'taskDefinitionArn');
    expect(arn?.code).toBe('read-only-removed');
    expect(arn?.required).toBeUndefined();
  });

  it('keeps one declined read-only field as it was, everything else fixed', () => {
    const arn = r.fixes.find((f) => f.path === 'taskDefinitionArn');
    const out = applyImportFixes(r, allBut(r, arn?.id ?? ''));
    const { taskDefinitionArn, ...rest } = out;
    expect(taskDefinitionArn).toMatch(/^arn:aws:ecs:/);
    expect(rest).toEqual(r.document);
  });
});

describe('every corpus file', () => {
  it('gives each optional fix a unique id', () => {
    const files = readdirSync(CORPUS).filter((f) => f !== 'MANIFEST.tsv');
    for (const f of files) {
      const r = importText(read(f));
      if (!r.ok) continue;
      const ids = r.fixes.map((x) => x.id);
      expect(new Set(ids).size, f).toBe(ids.length);
    }
  });
});
