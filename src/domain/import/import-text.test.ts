import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTextAsync } from './import-text-async.ts';
import { importText } from './import-text.ts';

const here = path.dirname(new URL(import.meta.url).pathname);

const CASES: Record<string, string> = {
  json: '{"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx"}]}',
  'json with comments and a trailing comma': '// mine\n{"family": "web", "containerDefinitions": [],}',
  yaml: 'family: web\ncontainerDefinitions:\n  - name: app\n    image: nginx\n',
  'CloudFormation YAML with short tags':
    'Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: !Ref Name\n      ContainerDefinitions:\n        - Name: app\n          Image: !Sub "${Repo}:1"\n',
  'fenced YAML': '```yaml\nfamily: web\ncontainerDefinitions: []\n```',
  'broken YAML': 'family: web\ncontainerDefinitions:\n  - name: a\n   image: b\n',
  'broken JSON': '{"family": "web",\n  "cpu": }',
  empty: '   \n',
  binary: 'a\u0000b',
};

describe('importTextAsync', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`gives what importText gives: ${name}`, async () => {
      expect(await importTextAsync(text)).toEqual(importText(text));
    });
  }

  it('reads YAML (the reader is loaded on demand), with line and column on an error', async () => {
    const ok = await importTextAsync(CASES.yaml ?? '');
    expect(ok.ok && ok.format).toBe('yaml');
    const bad = await importTextAsync(CASES['broken YAML'] ?? '');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatchObject({ message: 'Sequence item without - indicator.', line: 4 });
  });
});

/** Relative modules and packages that a source file imports for their values (type-only imports are erased). */
function valueImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/(?:^|\n)(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/g)) {
    if (!m[1] && m[2]) out.push(m[2]);
  }
  for (const m of src.matchAll(/(?:^|\n)import\s+'([^']+)'/g)) if (m[1]) out.push(m[1]);
  return out;
}

function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    if (!next.startsWith('/')) continue; // a package
    for (const spec of valueImports(next))
      queue.push(spec.startsWith('.') ? path.resolve(path.dirname(next), spec) : spec);
  }
  return seen;
}

describe('the YAML split', () => {
  for (const file of ['import.ts', 'import-text-async.ts']) {
    it(`${file} reaches neither the YAML reader nor the yaml package`, () => {
      const graph = staticGraph(path.join(here, file));
      expect(graph.has(path.join(here, 'read-json.ts'))).toBe(true); // the walk follows imports
      expect(graph.has(path.join(here, 'read-yaml.ts'))).toBe(false);
      expect(graph.has('yaml')).toBe(false);
    });
  }

  it('importText does reach them (so the check above can fail)', () => {
    const graph = staticGraph(path.join(here, 'import-text.ts'));
    expect(graph.has(path.join(here, 'read-yaml.ts'))).toBe(true);
    expect(graph.has('yaml')).toBe(true);
  });
});
