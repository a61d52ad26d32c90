import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';
import { check } from '../src/domain/index.ts';

// A Fargate task with problems that each have a mechanical fix, and one fix that reveals another:
// once networkMode is awsvpc, the host port must equal the container port.
const broken = {
  family: 'needs-fixing',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'bridge',
  cpu: '1024',
  memory: '1024',
  revision: 3,
  containerDefinitions: [
    {
      name: 'web',
      image: 'nginx:1.27',
      essential: true,
      portMappings: [{ containerPort: 80, hostPort: 8080 }],
    },
  ],
};

test('problems are listed, errors first, and shown as markers in the pane', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(broken, null, 2));
  await expect(editor.problems.getByRole('listitem').first()).toContainText(/Error/);
  await expect(editor.problems).toContainText('Fargate only supports network mode');
  await expect
    .poll(async () => (await editor.markers()).filter((m) => m.owner === 'taskdef-rules').map((m) => m.code))
    .toEqual(expect.arrayContaining(['fargate-network-mode', 'fargate-cpu-memory']));
  const networkMarker = (await editor.markers()).find((m) => m.code === 'fargate-network-mode')!;
  const lines = (await editor.text()).split('\n');
  expect(lines[networkMarker.line - 1]).toContain('"networkMode": "bridge"');
});

test('clicking a problem selects its range in the pane', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(broken, null, 2));
  await editor.problems.getByRole('button', { name: /Fargate only supports network mode/ }).click();
  const lines = (await editor.text()).split('\n');
  const pos = await editor.position();
  expect(lines[pos!.line - 1]).toContain('networkMode');
  // ...and moves the keyboard to the field in the form.
  await expect(page.locator(':focus')).toHaveAttribute('data-path', 'networkMode');
});

test('a one-click quick fix in the problems list', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(broken, null, 2));
  await editor.problems.getByRole('button', { name: 'Set networkMode to awsvpc', exact: true }).click();
  await expect.poll(() => editor.text()).toContain('"networkMode": "awsvpc"');
  await expect(editor.problems).not.toContainText('Fargate only supports network mode');
  // The fix reveals the next problem, with its own fix.
  await expect(editor.problems).toContainText('host ports and container ports');
});

test('a quick fix from the pane (Ctrl+.)', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(broken, null, 2));
  await expect
    .poll(async () => (await editor.markers()).some((m) => m.code === 'fargate-network-mode'))
    .toBe(true);
  await editor.jsonRegion.locator('.view-line', { hasText: '"bridge"' }).getByText('"bridge"').click();
  await page.keyboard.press('ControlOrMeta+.');
  await page.locator('.action-widget').getByText('Set networkMode to awsvpc').click();
  await expect.poll(() => editor.text()).toContain('"networkMode": "awsvpc"');
  expect((await editor.document()).networkMode).toBe('awsvpc');
  // The fix is an ordinary edit: undo brings the old text back.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editor.text()).toContain('"networkMode": "bridge"');
});

test('Fix all applies every mechanical fix until nothing is left to fix', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(broken, null, 2));
  await expect(editor.problems).toContainText('Fargate only supports network mode');
  await page.getByRole('button', { name: 'Fix all' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Applied \d+ fix/ })).toBeVisible();
  const doc = await editor.document();
  expect(doc.networkMode).toBe('awsvpc');
  expect(doc.revision).toBeUndefined();
  expect(check(doc).filter((p) => p.severity === 'error')).toEqual([]);
  await expect(editor.problems).toContainText('No problems found');
});

test('Download JSON saves <family>.json that passes check', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('orders-api');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('orders-api.json');
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(saved.family).toBe('orders-api');
  expect(check(saved)).toEqual([]);
  await expect(page.getByRole('status').filter({ hasText: 'Saved orders-api.json' })).toBeVisible();
});

test('Copy JSON puts the document on the clipboard', async ({ page }) => {
  const editor = new EditorPage(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await editor.open();
  await page.getByRole('button', { name: 'Copy JSON' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(copied)).toEqual(await editor.document());
});
