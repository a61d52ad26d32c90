import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

const fargate = (family: string, extra: Record<string, unknown> = {}) => ({
  family,
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    {
      name: 'web',
      image: 'nginx:1.27',
      essential: true,
      portMappings: [{ containerPort: 80, hostPort: 80 }],
    },
  ],
  ...extra,
});

test('typing the family in the form shows it in the JSON', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('checkout-api');
  await expect.poll(() => editor.text()).toContain('"family": "checkout-api"');
  await expect(editor.jsonRegion.locator('.view-lines')).toContainText('checkout-api');
});

test('typing JSON in the pane updates the form', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.typeJson(JSON.stringify(fargate('typed-in-json')));
  await expect(editor.family).toHaveValue('typed-in-json');
});

test('pasting a whole document updates the form', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(fargate('pasted-doc'), null, 2));
  await expect(editor.family).toHaveValue('pasted-doc');
  expect((await editor.document()).family).toBe('pasted-doc');
});

test('invalid JSON keeps the form and shows the syntax error', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('still-good');
  await expect.poll(() => editor.text()).toContain('still-good');
  // Break the text: a stray word after the closing brace.
  await editor.jsonRegion.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('half-typed');
  await expect(editor.jsonRegion.getByText(/Syntax error/)).toBeVisible();
  await expect.poll(async () => (await editor.markers()).some((m) => m.code === 'json-syntax')).toBe(true);
  await expect(editor.family).toHaveValue('still-good');
  expect((await editor.document()).family).toBe('still-good');
  expect(await editor.text()).toContain('half-typed'); // the user's text is never wiped
});

test('the cursor in the pane stays put while the form changes', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  // Put the cursor on the "networkMode" line, after the key.
  await editor.jsonRegion.locator('.view-line', { hasText: 'networkMode' }).click();
  await page.keyboard.press('End');
  const before = await editor.position();
  expect(before).not.toBeNull();
  await editor.family.fill('renamed-family');
  await expect.poll(() => editor.text()).toContain('renamed-family');
  expect(await editor.position()).toEqual(before);
});

test('fields the form does not know survive form edits', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const doc = fargate('with-unknowns', { 'x-team': { owner: 'payments' }, pidMode: 'task' });
  (doc.containerDefinitions[0] as Record<string, unknown>).imagex = 'typo';
  await editor.pasteJson(JSON.stringify(doc, null, 2));
  await expect(editor.family).toHaveValue('with-unknowns');
  // The form says the JSON holds more than it shows.
  const notice = page.getByRole('note').filter({ hasText: 'Also in the JSON' });
  await expect(notice).toContainText('x-team');
  await expect(notice).toContainText('containerDefinitions[0].imagex');
  await editor.family.fill('edited-in-form');
  await expect.poll(() => editor.text()).toContain('edited-in-form');
  const after = await editor.document();
  expect(after['x-team']).toEqual({ owner: 'payments' });
  expect(after.pidMode).toBe('task');
  expect((after.containerDefinitions as Record<string, unknown>[])[0]!.imagex).toBe('typo');
  expect(await editor.text()).toContain('"imagex": "typo"');
});

test('undo in the pane reverts a form edit', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('before-undo');
  await expect.poll(() => editor.text()).toContain('before-undo');
  await editor.jsonRegion.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editor.text()).not.toContain('before-undo');
});

// Wrong types are marked by the core, once: e2e/markers.spec.ts.
test('the JSON pane offers schema completion', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.typeJson('{"family": "x", "containerDefinitions": [{"name": "a", "essential": "yes", ');
  await page.keyboard.press('ControlOrMeta+Space');
  await expect(editor.jsonRegion.locator('.suggest-widget')).toContainText('dependsOn'); // a container field, offered inside a container
});

test('a real task definition pasted into the pane keeps its formatting through a form edit', async ({
  page,
}) => {
  const file =
    'aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__cloudwatchlogs__task-definition-cloudwatch.json';
  const original = readFileSync(path.resolve(process.cwd(), '../shared/corpus', file), 'utf8');
  const family = (JSON.parse(original) as { family: string }).family;
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(original);
  await expect(editor.family).toHaveValue(family);
  await editor.family.fill(`${family}-v2`);
  await expect.poll(() => editor.text()).toContain(`${family}-v2`);
  // Only the family changed in the text: every other byte is as pasted.
  expect(await editor.text()).toBe(original.replace(`"${family}"`, `"${family}-v2"`));
});

test('a form edit while the JSON is broken replaces the text as one undoable step', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.jsonRegion.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('broken');
  await expect(editor.jsonRegion.getByText(/Syntax error/)).toBeVisible();
  await editor.family.fill('form-wins');
  await expect.poll(() => editor.text()).toContain('"family": "form-wins"');
  expect(await editor.text()).not.toContain('broken');
  await expect(editor.jsonRegion.getByText(/Syntax error/)).toBeHidden();
  await editor.jsonRegion.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editor.text()).toContain('broken');
});
