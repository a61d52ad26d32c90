// The Export dialog: every format's file is the domain's output for the document in the page, and
// each is checked by reading it back (check, import) in the test process.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';
import { check, exportJson, importText, toCdk, toTerraform, type JsonObject } from '../src/domain/index.ts';

const doc: JsonObject = {
  family: 'orders-api',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ordersExecution',
  taskRoleArn: 'arn:aws:iam::123456789012:role/ordersTask',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '512',
  memory: '1024',
  containerDefinitions: [
    {
      name: 'app',
      image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders:1.4.2',
      essential: true,
      portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
      environment: [
        { name: 'BANNER', value: '<script>window.pwned = 1</script><img src=x onerror="window.pwned=2">' },
      ],
      secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/orders/db' }],
      logConfiguration: {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': '/ecs/orders',
          'awslogs-region': 'eu-west-1',
          'awslogs-stream-prefix': 'app',
        },
      },
    },
    {
      name: 'xray-daemon',
      image: 'public.ecr.aws/xray/aws-xray-daemon:3.3.12',
      essential: false,
      portMappings: [{ containerPort: 2000, protocol: 'udp' }],
    },
  ],
};

async function openWith(page: Page, document: JsonObject): Promise<{ editor: EditorPage; dialog: Locator }> {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(document, null, 2));
  await expect.poll(() => editor.document()).toEqual(document);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return { editor, dialog };
}

async function download(
  page: Page,
  dialog: Locator,
  format: string,
): Promise<{ name: string; text: string }> {
  await dialog.getByLabel('Format').selectOption({ label: format });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /^Download / }).click(),
  ]);
  const text = readFileSync(await file.path(), 'utf8');
  // What was saved is what the preview shows.
  await expect(dialog.getByRole('textbox', { name: `Preview of ${file.suggestedFilename()}` })).toHaveValue(
    text,
  );
  return { name: file.suggestedFilename(), text };
}

test('JSON for register-task-definition: the file passes check, and the command names it', async ({
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const { dialog } = await openWith(page, doc);
  const command = 'aws ecs register-task-definition --cli-input-json file://orders-api.json';
  await expect(dialog.getByTestId('register-command')).toHaveText(command);
  const { name, text } = await download(page, dialog, 'JSON for register-task-definition');
  expect(name).toBe('orders-api.json');
  expect(text).toBe(exportJson(doc));
  const errors = check(JSON.parse(text)).filter((p) => p.severity === 'error');
  expect(errors).toEqual([]);
  await expect(dialog.getByRole('status')).toHaveText('Saved orders-api.json');
  await dialog.getByRole('button', { name: 'Copy command' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied the command to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
  await dialog.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied orders-api.json to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test('CloudFormation YAML and JSON import back to the same document', async ({ page }) => {
  const { dialog } = await openWith(page, doc);
  const expected = JSON.parse(exportJson(doc)) as JsonObject;
  const yaml = await download(page, dialog, 'CloudFormation (YAML)');
  expect(yaml.name).toBe('orders-api.cfn.yaml');
  expect(yaml.text).toContain('Type: AWS::ECS::TaskDefinition');
  const fromYaml = importText(yaml.text);
  expect(fromYaml.ok && fromYaml.kind).toBe('cloudformation-template');
  expect(fromYaml.ok && fromYaml.document).toEqual(expected);
  const json = await download(page, dialog, 'CloudFormation (JSON)');
  expect(json.name).toBe('orders-api.cfn.json');
  const fromJson = importText(json.text);
  expect(fromJson.ok && fromJson.document).toEqual(expected);
  // The register command belongs to the register JSON only.
  await expect(dialog.getByTestId('register-command')).toHaveCount(0);
});

test('Terraform and CDK files are the generators’ output for the document', async ({ page }) => {
  const { dialog } = await openWith(page, doc);
  const tf = await download(page, dialog, 'Terraform');
  expect(tf.name).toBe('orders-api.tf');
  expect(tf.text).toBe(toTerraform(doc));
  expect(tf.text).toContain('resource "aws_ecs_task_definition" "orders-api" {');
  expect(tf.text).toContain('container_definitions = jsonencode(');
  const cdk = await download(page, dialog, 'AWS CDK (TypeScript)');
  expect(cdk.name).toBe('orders-api-stack.ts');
  expect(cdk.text).toBe(toCdk(doc));
  expect(cdk.text).toContain("new ecs.CfnTaskDefinition(this, 'TaskDef', {");
});

test('the role policies list why each statement is there', async ({ page }) => {
  const { dialog } = await openWith(page, doc);
  const exec = await download(page, dialog, 'Execution role policy');
  expect(exec.name).toBe('orders-api-execution-role-policy.json');
  const execPolicy = JSON.parse(exec.text) as {
    Version: string;
    Statement: { Sid: string; Action: string[] }[];
  };
  expect(execPolicy.Version).toBe('2012-10-17');
  const actions = execPolicy.Statement.flatMap((s) => s.Action);
  expect(actions).toEqual(
    expect.arrayContaining(['ecr:BatchGetImage', 'logs:PutLogEvents', 'ssm:GetParameters']),
  );
  const reasons = dialog.getByRole('list').first().getByRole('listitem');
  await expect(reasons).toHaveCount(execPolicy.Statement.length);
  for (const [i, s] of execPolicy.Statement.entries())
    await expect(reasons.nth(i)).toContainText(`${s.Sid}:`);

  const task = await download(page, dialog, 'Task role policy');
  expect(task.name).toBe('orders-api-task-role-policy.json');
  expect(task.text).toContain('xray:PutTraceSegments');
  await expect(dialog).toContainText('X-Ray');
});

test('a definition that needs no task role policy says so, and offers nothing to save', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Format').selectOption({ label: 'Task role policy' });
  await expect(dialog).toContainText('No policy needed');
  await expect(dialog.getByRole('button', { name: 'Download', exact: true })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Copy to clipboard' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('markup in the document is shown as text in every preview, never run', async ({ page }) => {
  const { dialog } = await openWith(page, doc);
  for (const label of [
    'JSON for register-task-definition',
    'CloudFormation (YAML)',
    'Terraform',
    'AWS CDK (TypeScript)',
  ]) {
    await dialog.getByLabel('Format').selectOption({ label });
    await expect(dialog.getByRole('textbox', { name: /^Preview of / })).toHaveValue(
      /<script>window\.pwned = 1<\/script>/,
    );
  }
  expect(await dialog.locator('script, img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('the dialog follows edits to the document and closes with Escape', async ({ page }) => {
  const { editor, dialog } = await openWith(page, doc);
  await expect(dialog.getByTestId('register-command')).toContainText('file://orders-api.json');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await editor.family.fill('billing');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('register-command')).toContainText('file://billing.json');
  await expect(dialog.getByRole('button', { name: 'Download billing.json' })).toBeVisible();
});
