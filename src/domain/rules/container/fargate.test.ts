import { describe, expect, it } from 'vitest';
import { fargateContainerRule, fargateTaskRule } from './fargate.ts';
import { at, codes, fargate, fixed, only, task } from './testing.ts';

describe('Fargate task-level limits (RULES.md 94, 95, 100, 101, 108)', () => {
  it('passes pidMode task and task-scoped bind mounts on Fargate; anything on EC2', () => {
    expect(
      codes(
        fargateTaskRule,
        fargate([{ name: 'a' }], { pidMode: 'task', volumes: [{ name: 'v', host: {} }] }),
      ),
    ).toEqual([]);
    const ec2 = {
      ipcMode: 'host',
      pidMode: 'host',
      placementConstraints: [{ type: 'memberOf', expression: 'x' }],
    };
    expect(codes(fargateTaskRule, task([{ name: 'a' }], ec2))).toEqual([]);
  });

  it('reports ipcMode (F24) and removes it', () => {
    const doc = fargate([{ name: 'a' }], { ipcMode: 'task' });
    const p = only(fargateTaskRule, doc, 'fargate-ipc-mode');
    expect(p.message).toContain('Tasks using the Fargate launch type do not support ipcMode.');
    expect(fixed(p, doc).ipcMode).toBeUndefined();
  });

  it("reports pidMode host (F25) and sets 'task'", () => {
    const doc = fargate([{ name: 'a' }], { pidMode: 'host' });
    const p = only(fargateTaskRule, doc, 'fargate-pid-mode');
    expect(p.message).toContain("do not support pidMode 'host'. The supported value for pidMode is 'task'.");
    expect(fixed(p, doc).pidMode).toBe('task');
  });

  it('reports placement constraints, sourcePath (F26) and Docker volumes', () => {
    const doc = fargate([{ name: 'a' }], {
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.os-type == linux' }],
      volumes: [
        { name: 'h', host: { sourcePath: '/var/log' } },
        { name: 'd', dockerVolumeConfiguration: { scope: 'task' } },
      ],
    });
    expect(codes(fargateTaskRule, doc)).toEqual([
      'fargate-placement-constraints',
      'fargate-host-source-path',
      'fargate-docker-volume',
    ]);
    const p = only(fargateTaskRule, doc, 'fargate-host-source-path');
    expect(p.message).toContain('Fargate compatible task definitions do not support sourcePath');
    expect(at(fixed(p, doc), 'volumes', 0)).toEqual({ name: 'h', host: {} });
  });
});

describe('Fargate container limits (RULES.md 53, 54, 111, 114)', () => {
  const ecr = '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1';

  it('passes a plain container, and a private ECR image with an execution role', () => {
    expect(codes(fargateContainerRule, fargate([{ name: 'a', image: ecr, privileged: false }]))).toEqual([]);
  });

  it('reports privileged and dockerSecurityOptions', () => {
    const doc = fargate([{ name: 'a', privileged: true, dockerSecurityOptions: ['no-new-privileges'] }]);
    expect(codes(fargateContainerRule, doc)).toEqual([
      'fargate-privileged',
      'fargate-docker-security-options',
    ]);
    expect(
      at(
        fixed(only(fargateContainerRule, doc, 'fargate-privileged'), doc),
        'containerDefinitions',
        0,
        'privileged',
      ),
    ).toBeUndefined();
  });

  it('reports a private ECR image without executionRoleArn (F22), not a public one', () => {
    const noRole = { executionRoleArn: '' };
    const p = only(
      fargateContainerRule,
      fargate([{ name: 'a', image: ecr }], noRole),
      'fargate-ecr-execution-role',
    );
    expect(p.message).toContain(
      'Fargate requires task definition to have execution role ARN to support ECR images.',
    );
    expect(
      codes(fargateContainerRule, fargate([{ name: 'a', image: 'public.ecr.aws/nginx/nginx:1' }], noRole)),
    ).toEqual([]);
  });

  it('only notes dnsServers and disableNetworking (the 2026 model allows them)', () => {
    const doc = fargate([{ name: 'a', dnsServers: ['10.0.0.2'], disableNetworking: true }]);
    expect(fargateContainerRule.check(doc).map((p) => p.severity)).toEqual(['info', 'info']);
  });
});
