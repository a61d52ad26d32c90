import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { afterText, previewImport, recognisedAs, withRepairs } from './preview.ts';

const corpus = (name: string): string => readFileSync(`${process.cwd()}/../shared/corpus/${name}`, 'utf8');

describe('previewImport', () => {
  it('names describe output and lists its fixes', () => {
    const out = previewImport(corpus('AGHCampus__server__.aws__task-definition.json'));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.preview.recognised).toBe('describe-task-definition output (JSON)');
    expect(out.preview.fixes.map((f) => f.code)).toContain('read-only-removed');
    expect(out.preview.document).not.toHaveProperty('taskDefinitionArn');
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
    const i = out.preview.repairs.findIndex((p) => p.code === 'awsvpc-host-port');
    expect(i).toBeGreaterThanOrEqual(0);
    const none = withRepairs(out.preview.document, out.preview.repairs, new Set());
    expect(none.document).toBe(out.preview.document);
    const one = withRepairs(out.preview.document, out.preview.repairs, new Set([i]));
    expect(afterText(one.document)).not.toContain('8080');
  });
});

describe('recognisedAs', () => {
  it('says the kind and the format in words', () => {
    expect(recognisedAs('container-array', 'json')).toBe('list of container definitions (JSON)');
  });
});
