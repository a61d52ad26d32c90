// "New from template": the gallery comes from public/templates (same origin), a template replaces the
// document, and a changed document is only replaced after a confirm.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

const template = (file: string): unknown =>
  JSON.parse(readFileSync(`${process.cwd()}/public/templates/${file}`, 'utf8'));

const dialog = (page: Page) => page.getByRole('dialog', { name: 'New from template' });

test('the gallery lists the templates and one replaces the starter at once', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByRole('button', { name: 'New from template' }).click();
  const gallery = dialog(page).getByRole('list', { name: 'Templates' });
  await expect(gallery.getByRole('listitem')).toHaveCount(5);
  await expect(gallery).toContainText('Windows on Fargate');
  await expect(gallery).toContainText('IIS on Windows Server 2022 Core');
  await gallery.getByRole('button', { name: 'Use Worker with secrets' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect.poll(() => editor.document()).toEqual(template('worker-secrets.json'));
  await expect(editor.family).toHaveValue((template('worker-secrets.json') as { family: string }).family);
});

test('a changed document is replaced only after the confirm', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('mine');
  await page.getByRole('button', { name: 'New from template' }).click();
  await dialog(page).getByRole('button', { name: 'Use Windows on Fargate' }).click();
  const confirm = dialog(page).getByRole('alertdialog', { name: 'Replace your document?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Keep my document' }).click();
  expect((await editor.document()).family).toBe('mine');
  await dialog(page).getByRole('button', { name: 'Use Windows on Fargate' }).click();
  await dialog(page).getByRole('button', { name: 'Replace document' }).click();
  await expect.poll(() => editor.document()).toEqual(template('windows-fargate.json'));
});

test('a template list that fails to load says so and can be retried', async ({ page }) => {
  let fail = true;
  await page.route('**/templates/index.json', (route) =>
    fail ? route.fulfill({ status: 500, body: 'no' }) : route.continue(),
  );
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByRole('button', { name: 'New from template' }).click();
  await expect(dialog(page).getByRole('alert')).toContainText('could not be loaded');
  fail = false;
  await dialog(page).getByRole('button', { name: 'Try again' }).click();
  await expect(dialog(page).getByRole('list', { name: 'Templates' }).getByRole('listitem')).toHaveCount(5);
});
