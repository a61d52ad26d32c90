import { describe, expect, it } from 'vitest';
import { containerNamesRule as rule } from './names.ts';
import { at, codes, fixed, only, task } from './testing.ts';

describe('container names (RULES.md 46, 47)', () => {
  it('passes valid, unique names', () => {
    expect(codes(rule, task([{ name: 'web' }, { name: 'log_router-2' }]))).toEqual([]);
  });

  it('reports a missing or empty name with the ECS text, and names it from the image', () => {
    const doc = task([{ image: 'public.ecr.aws/nginx/nginx:1.27' }, { name: '' }]);
    expect(codes(rule, doc)).toEqual(['container-name-missing', 'container-name-missing']);
    const p = rule.check(doc)[0]!;
    expect(p.message).toContain('Container.name should not be null or empty.');
    expect(at(fixed(p, doc), 'containerDefinitions', 0, 'name')).toBe('nginx');
  });

  it('suggests distinct names for two unnamed containers of the same image', () => {
    const doc = task([{ image: 'nginx:1' }, { image: 'nginx:2' }]);
    const names = rule
      .check(doc)
      .map((p) => at(fixed(p, doc), 'containerDefinitions', p.path.includes('[1]') ? 1 : 0, 'name'));
    expect(names).toEqual(['nginx', 'nginx-2']);
  });

  it('reports invalid characters (F15) and renames every reference', () => {
    const doc = task([
      { name: 'my app' },
      {
        name: 'side',
        links: ['my app:db'],
        dependsOn: [{ containerName: 'my app', condition: 'START' }],
        volumesFrom: [{ sourceContainer: 'my app' }],
      },
    ]);
    const p = only(rule, doc, 'container-name-invalid');
    expect(p.message).toContain('Container.name contains invalid characters.');
    const out = fixed(p, doc);
    expect(at(out, 'containerDefinitions', 0, 'name')).toBe('my-app');
    expect(at(out, 'containerDefinitions', 1, 'links', 0)).toBe('my-app:db');
    expect(at(out, 'containerDefinitions', 1, 'dependsOn', 0, 'containerName')).toBe('my-app');
    expect(at(out, 'containerDefinitions', 1, 'volumesFrom', 0, 'sourceContainer')).toBe('my-app');
    expect(codes(rule, out)).toEqual([]);
  });

  it('names a template placeholder as such and offers no rename that would hide it', () => {
    for (const name of [
      '{{Ref ServiceName}}',
      '{{Fn::Sub ${ServiceName}-agent}}',
      '<APP_NAME>',
      '${container_name}',
      '$NAME',
    ]) {
      const p = only(rule, task([{ name }]), 'container-name-invalid');
      expect(p.message).toContain('Container.name contains invalid characters.');
      expect(p.message).toContain('template placeholder');
      expect(p.fix).toBeUndefined();
    }
  });

  it('reports a name longer than 255 characters', () => {
    expect(codes(rule, task([{ name: 'a'.repeat(256) }]))).toEqual(['container-name-invalid']);
  });

  it('reports duplicates (F17) on the second container', () => {
    const problems = rule.check(task([{ name: 'web' }, { name: 'web' }]));
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['container-name-duplicate', 'containerDefinitions[1].name'],
    ]);
    expect(problems[0]!.message).toContain('Container names must be unique within a Task Definition.');
  });

  it('leaves wrong types to the schema', () => {
    expect(codes(rule, task([{ name: 42 }]))).toEqual([]);
  });
});
