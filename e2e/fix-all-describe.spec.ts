// Issue #3: "Fix all" applies the fixes import makes for pasted describe-task-definition output:
// the {"taskDefinition": ...} wrapper (tags hoisted), read-only fields and nulls.
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';
import { check } from '../src/domain/index.ts';

const described = {
  taskDefinition: {
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/orders:7',
    family: 'orders',
    revision: 7,
    status: 'ACTIVE',
    requiresCompatibilities: ['FARGATE'],
    compatibilities: ['EC2', 'FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    taskRoleArn: null,
    registeredAt: '2026-11-01T10:00:00.000Z',
    registeredBy: 'arn:aws:iam::123456789012:user/dev',
    requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.docker-remote-api.1.18' }],
    containerDefinitions: [
      {
        name: 'web',
        image: 'nginx:1.27',
        essential: true,
        cpu: 0,
        portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
        environment: [],
        mountPoints: [],
        volumesFrom: [],
        healthCheck: null,
      },
    ],
    volumes: [],
    placementConstraints: [],
  },
  tags: [{ key: 'team', value: 'orders' }],
};

test('Fix all turns pasted describe-task-definition output into a register-ready document', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(described, null, 2));
  await expect(editor.problems).not.toContainText('No problems found');
  await page.getByRole('button', { name: 'Fix all' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Applied \d+ fix/ })).toBeVisible();
  await expect(editor.family).toHaveValue('orders');
  const doc = await editor.document();
  expect(doc.taskDefinition).toBeUndefined();
  expect(doc.tags).toEqual([{ key: 'team', value: 'orders' }]);
  for (const key of [
    'taskDefinitionArn',
    'revision',
    'status',
    'compatibilities',
    'registeredAt',
    'registeredBy',
    'requiresAttributes',
    'taskRoleArn',
  ])
    expect(doc[key], key).toBeUndefined();
  const web = (doc.containerDefinitions as Record<string, unknown>[])[0]!;
  expect(web.healthCheck).toBeUndefined();
  expect(web.image).toBe('nginx:1.27');
  expect(check(doc).filter((p) => p.severity === 'error')).toEqual([]);
  await expect(editor.problems).toContainText('No problems found');
});
