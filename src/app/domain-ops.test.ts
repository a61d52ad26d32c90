import { describe, expect, it } from 'vitest';
import type { JsonObject, Problem } from '../domain/index.ts';
import { applyFix, checkDocument, fixEverything } from './domain-ops.ts';
import { starterDocument } from './starter-document.ts';

const broken: JsonObject = {
  family: 'needs-fixing',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'bridge',
  cpu: '1024',
  memory: '1024',
  revision: 3,
  containerDefinitions: [
    { name: 'web', image: 'nginx', essential: true, portMappings: [{ containerPort: 80, hostPort: 8080 }] },
  ],
};

describe('the starter document', () => {
  it('has no problems', () => {
    expect(checkDocument(starterDocument())).toEqual([]);
  });
});

describe('fixEverything', () => {
  it('repeats until the fixes stop revealing new fixable problems', () => {
    const out = fixEverything(broken);
    expect(out.applied.length).toBeGreaterThan(2);
    expect(out.document.networkMode).toBe('awsvpc');
    expect(out.document.revision).toBeUndefined();
    expect(checkDocument(out.document).filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('changes nothing in a clean document', () => {
    const doc = starterDocument();
    const out = fixEverything(doc);
    expect(out.applied).toEqual([]);
    expect(out.document).toBe(doc);
  });
});

describe('applyFix', () => {
  const problem = (apply: (d: JsonObject) => JsonObject): Problem => ({
    path: '',
    severity: 'error',
    code: 'x',
    message: 'x',
    fix: { title: 'x', apply },
  });
  it('returns the fixed document', () => {
    expect(
      applyFix(
        { a: 1 },
        problem((d) => ({ ...d, b: 2 })),
      ),
    ).toEqual({ a: 1, b: 2 });
  });
  it('returns undefined for a fix that changes nothing or throws', () => {
    expect(
      applyFix(
        { a: 1 },
        problem((d) => ({ ...d })),
      ),
    ).toBeUndefined();
    const warn = console.warn;
    console.warn = () => undefined;
    expect(
      applyFix(
        { a: 1 },
        problem(() => {
          throw new Error('bad fix');
        }),
      ),
    ).toBeUndefined();
    console.warn = warn;
  });
});
