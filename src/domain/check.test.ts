import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { botocoreValidate } from '../../scripts/botocore-oracle.ts';
import { check, hasErrors } from './check.ts';
import { isJsonObject } from './json.ts';

const corpus = new URL('../../../shared/corpus/', import.meta.url);

const good = {
  family: 'web',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  containerDefinitions: [
    { name: 'web', image: 'nginx:1.27', essential: true, portMappings: [{ containerPort: 80 }] },
  ],
};

describe('check', () => {
  it('finds no errors in a valid Fargate task', () => {
    expect(check(good).filter((p) => p.severity === 'error')).toEqual([]);
    expect(hasErrors(check(good))).toBe(false);
  });

  it('gives one clear problem for a non-object document', () => {
    for (const doc of [null, 42, 'x', [good]]) {
      const problems = check(doc);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ path: '', code: 'not-an-object', severity: 'error' });
    }
  });

  it('combines schema and rule problems, errors first, without duplicates', () => {
    const doc = {
      ...good,
      networkMode: 'bridge',
      containerDefinitions: [{ name: 'web', image: 'nginx', memory: '1024' }],
    };
    const problems = check(doc);
    const codes = problems.map((p) => p.code);
    expect(codes).toContain('fargate-network-mode');
    expect(codes).toContain('invalid-type');
    expect(codes).toContain('container-memory-exceeds-task');
    expect(new Set(problems.map((p) => `${p.path} ${p.code} ${p.message}`)).size).toBe(problems.length);
    const firstNonError = problems.findIndex((p) => p.severity !== 'error');
    expect(
      problems
        .slice(firstNonError === -1 ? problems.length : firstNonError)
        .every((p) => p.severity !== 'error'),
    ).toBe(true);
    expect(hasErrors(problems)).toBe(true);
  });

  it('reports a missing family once, with the ECS text', () => {
    const doc: Record<string, unknown> = { ...good };
    delete doc.family;
    const family = check(doc).filter((p) => p.path === 'family');
    expect(family.map((p) => p.code)).toEqual(['family-missing']);
  });

  it('says where family and containerDefinitions are when describe output is pasted in its wrapper', () => {
    const problems = check({ taskDefinition: { ...good, revision: 3 } });
    const family = problems.find((p) => p.code === 'family-missing');
    expect(family?.message).toMatch(/^Family can not be blank\./);
    expect(family?.message).toContain(
      'The document is wrapped: this is inside "taskDefinition" (Unwrap taskDefinition',
    );
    const containers = problems.find((p) => p.path === 'containerDefinitions');
    expect(containers?.message).toContain('inside "taskDefinition"');
    expect(check(good).some((p) => p.message.includes('wrapped'))).toBe(false);
  });

  it('survives a rule that throws', () => {
    const boom = {
      id: 'boom',
      check: () => {
        throw new Error('kaput');
      },
    };
    const problems = check(good, [boom]);
    expect(problems).toEqual([expect.objectContaining({ code: 'internal-rule-error' })]);
    expect(problems[0]?.message).toContain('"boom"');
  });

  it('reports every complaint botocore has about the corpus, in its words', () => {
    const docs = readdirSync(corpus).flatMap((file) => {
      try {
        const doc: unknown = JSON.parse(readFileSync(new URL(file, corpus), 'utf8'));
        return isJsonObject(doc) ? [doc] : [];
      } catch {
        return [];
      }
    });
    const verdicts = botocoreValidate(docs);
    let lines = 0;
    docs.forEach((doc, i) => {
      const messages = check(doc).map((p) => p.message);
      for (const line of (verdicts[i]?.report ?? '').split('\n')) {
        if (line === '' || line === 'Missing required parameter in input: "family"') continue; // F02 instead
        lines++;
        expect(
          messages.some((m) => m.startsWith(line)),
          line,
        ).toBe(true);
      }
    });
    expect(lines).toBeGreaterThan(10);
  });

  it('never throws on the corpus and every problem is well formed', () => {
    let checked = 0;
    for (const file of readdirSync(corpus)) {
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(new URL(file, corpus), 'utf8'));
      } catch {
        continue; // YAML, templates, MANIFEST.tsv
      }
      if (!isJsonObject(doc) || !('containerDefinitions' in doc)) continue;
      checked++;
      const problems = check(doc);
      for (const p of problems) {
        expect(typeof p.path).toBe('string');
        expect(p.code).toMatch(/^[a-z0-9-]+$/);
        expect(p.message.length).toBeGreaterThan(0);
        expect(p.code).not.toBe('internal-rule-error');
        if (p.fix) expect(isJsonObject(p.fix.apply(doc))).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
