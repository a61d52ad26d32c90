import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyImportFixes } from '../../domain/index.ts';
import {
  afterText,
  allOptional,
  appliedCount,
  applyLabel,
  inertFixes,
  previewImport,
  recognisedAs,
  repairKey,
  repairsFor,
  withRepairs,
} from './preview.ts';

const corpus = (name: string): string => readFileSync(`${process.cwd()}/../shared/corpus/${name}`, 'utf8');

describe('previewImport', () => {
  it('names describe output and lists its fixes', () => {
    const out = previewImport(corpus('AGHCampus__server__.aws__task-definition.json'));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.preview.recognised).toBe('describe-task-definition output (JSON)');
    expect(out.preview.optional.map((f) => f.code)).toContain('read-only-removed');
    expect(out.preview.required).toEqual([]);
    expect(applyImportFixes(out.preview.result, allOptional(out.preview))).not.toHaveProperty(
      'taskDefinitionArn',
    );
    expect(applyImportFixes(out.preview.result, new Set())).toHaveProperty('taskDefinitionArn');
  });

  it('names a CloudFormation template in YAML', () => {
    const out = previewImport(
      corpus(
        'aws-cloudformation__aws-cloudformation-templates__ECS__FargateLaunchType__services__public-service.yaml',
      ),
    );
    expect(out.ok && out.preview.recognised).toBe('CloudFormation template (YAML)');
  });

  it('reports unreadable text with line and column', () => {
    const out = previewImport('{\n  "family": "web",\n  "cpu": ]\n}');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.line).toBe(3);
    expect(out.error.column).toBeGreaterThan(1);
  });

  it('offers check() repairs that each carry a fix', () => {
    const out = previewImport(
      JSON.stringify({
        family: 'web',
        networkMode: 'awsvpc',
        containerDefinitions: [
          { name: 'web', image: 'nginx', portMappings: [{ containerPort: 80, hostPort: 8080 }] },
        ],
      }),
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const doc = out.preview.result.document;
    const repairs = repairsFor(doc);
    const hostPort = repairs.find((p) => p.code === 'awsvpc-host-port');
    expect(hostPort).toBeDefined();
    const none = withRepairs(doc, repairs, new Set());
    expect(none.document).toBe(doc);
    const one = withRepairs(doc, repairs, new Set(hostPort ? [repairKey(hostPort)] : []));
    expect(one.applied).toBe(1);
    expect(afterText(one.document)).not.toContain('8080');
  });
});

describe('the required steps', () => {
  it('are the unwrapping of a describe wrapper, each with its reason', () => {
    const out = previewImport(corpus('kayac__ecspresso__tests__td.json'));
    expect(out.ok && out.preview.required.map((f) => f.code)).toEqual(['unwrapped-describe']);
    expect(out.ok && out.preview.required[0]?.required).toMatch(/not a task definition/);
  });
});

describe('inertFixes', () => {
  it('are the fixes inside the tags while the tags are not moved in, and are not counted', () => {
    const out = previewImport(
      JSON.stringify({
        taskDefinition: { family: 'f', containerDefinitions: [] },
        tags: [{ key: 'n', value: 1 }],
      }),
    );
    if (!out.ok) throw new Error('not read');
    const ids = out.preview.optional.map((f) => f.id);
    expect(ids).toEqual(['tags-hoisted@tags', 'coerce-to-string@tags[0].value']);
    const all = allOptional(out.preview);
    expect(inertFixes(out.preview, all).size).toBe(0);
    expect(appliedCount(out.preview, all)).toBe(3);
    const noTags = new Set(['coerce-to-string@tags[0].value']);
    expect([...inertFixes(out.preview, noTags)]).toEqual(['coerce-to-string@tags[0].value']);
    expect(appliedCount(out.preview, noTags)).toBe(1);
    expect(applyImportFixes(out.preview.result, noTags)).toEqual({ family: 'f', containerDefinitions: [] });
  });
});

describe('applyLabel', () => {
  it('says how many fixes and repairs the button applies', () => {
    expect(applyLabel({ applied: 7, total: 9 }, 0)).toBe('Apply 7 of 9 fixes and replace document');
    expect(applyLabel({ applied: 1, total: 1 }, 2)).toBe(
      'Apply 1 of 1 fix and 2 repairs and replace document',
    );
    expect(applyLabel({ applied: 0, total: 0 }, 1)).toBe('Apply 1 repair and replace document');
    expect(applyLabel({ applied: 0, total: 0 }, 0)).toBe('Replace document');
  });
});

describe('recognisedAs', () => {
  it('says the kind and the format in words', () => {
    expect(recognisedAs('container-array', 'json')).toBe('list of container definitions (JSON)');
  });
});
