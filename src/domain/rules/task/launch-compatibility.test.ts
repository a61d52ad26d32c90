import { describe, expect, it } from 'vitest';
import { fixAll } from '../../fix-all.ts';
import type { JsonObject } from '../../json.ts';
import { TASK_RULES } from '../registry-task.ts';
import type { Rule } from '../rule.ts';
import { app, applyFix, codes, ec2, fargate, one } from './testing.ts';

const rule = TASK_RULES.find((r) => r.id === 'compatibility-fargate-missing') as Rule;

describe('compatibility-fargate-missing (RULES.md 9)', () => {
  it('is silent when requiresCompatibilities is set, or the document is plainly EC2', () => {
    expect(codes(rule, fargate([app()]))).toEqual([]);
    expect(codes(rule, ec2([app()]))).toEqual([]);
  });

  it('hints FARGATE for an awsvpc document with task cpu and memory', () => {
    const doc = ec2([app()], { networkMode: 'awsvpc', cpu: '256', memory: '512' });
    const p = one(rule, doc, 'compatibility-fargate-missing');
    expect(p.severity).toBe('info');
    expect(applyFix(p, doc).requiresCompatibilities).toEqual(['FARGATE']);
  });

  it('is silent for an awsvpc EC2 task that Fargate would reject, so Fix all does not strip it', () => {
    const doc: JsonObject = {
      family: 'ec2-app',
      networkMode: 'awsvpc',
      cpu: '512',
      memory: '1024',
      volumes: [{ name: 'data', host: { sourcePath: '/mnt/data' } }],
      containerDefinitions: [
        {
          name: 'app',
          image: 'nginx',
          essential: true,
          privileged: true,
          mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }],
        },
      ],
    };
    expect(codes(rule, doc)).toEqual([]);
    const out = fixAll(doc);
    expect(out.applied).toEqual([]);
    expect(out.document).toBe(doc);
  });
});
