// Undo and redo across the views: a form edit, a JSON pane edit, Fix all and an import are each one
// step of one history, with the buttons and with the keys, wherever the focus is.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

const undo = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });
const redo = (page: Page) => page.getByRole('button', { name: 'Redo', exact: true });

const fixable = {
  family: 'pasted',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'bridge',
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'app', image: 'nginx', essential: true }],
};

async function importText(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a task definition' });
  await dialog.getByRole('textbox', { name: /Paste JSON or YAML/ }).fill(text);
  await dialog.getByRole('button', { name: 'Preview import' }).click();
  await dialog.getByRole('button', { name: 'Replace document' }).click();
  await expect(dialog).toBeHidden();
}

test('undo and redo walk back and forth through form, JSON, Fix all and import', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await expect(undo(page)).toBeDisabled();
  await expect(redo(page)).toBeDisabled();
  const start = await editor.document();

  await editor.family.fill('from-the-form');
  await expect.poll(() => editor.text()).toContain('"family": "from-the-form"');
  const afterForm = await editor.document();

  await editor.pasteJson(JSON.stringify(fixable, null, 2));
  await expect(editor.family).toHaveValue('pasted');

  await page.getByRole('button', { name: 'Fix all' }).click();
  await expect.poll(async () => (await editor.document()).networkMode).toBe('awsvpc');
  const afterFix = await editor.document();

  await importText(page, JSON.stringify({ ...fixable, family: 'imported', networkMode: 'awsvpc' }));
  await expect(editor.family).toHaveValue('imported');
  const afterImport = await editor.document();

  // Buttons: the import is one step, then Fix all, then the paste, then the form edit.
  await undo(page).click();
  await expect.poll(() => editor.document()).toEqual(afterFix);
  await undo(page).click();
  await expect.poll(async () => (await editor.document()).networkMode).toBe('bridge');
  await expect(editor.family).toHaveValue('pasted');
  await undo(page).click();
  await expect.poll(() => editor.document()).toEqual(afterForm);
  await expect(editor.family).toHaveValue('from-the-form');
  await undo(page).click();
  await expect.poll(() => editor.document()).toEqual(start);
  await expect(editor.family).toHaveValue('web');
  await expect.poll(() => editor.text()).toContain('"family": "web"');
  await expect(undo(page)).toBeDisabled();

  // Keys: Ctrl+Shift+Z in the form, Ctrl+Y on the page, Ctrl+Shift+Z inside the JSON pane.
  await editor.family.focus();
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(() => editor.document()).toEqual(afterForm);
  await page.getByRole('button', { name: 'Fix all' }).focus();
  await page.keyboard.press('ControlOrMeta+Y');
  await expect(editor.family).toHaveValue('pasted');
  await editor.jsonRegion.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(() => editor.document()).toEqual(afterFix);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(() => editor.document()).toEqual(afterImport);
  await expect(redo(page)).toBeDisabled();
  await expect.poll(() => editor.text()).toContain('"family": "imported"');

  // Ctrl+Z inside the pane undoes the import as a whole, and the pane's text follows.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editor.document()).toEqual(afterFix);
  await expect.poll(() => editor.text()).toContain('"family": "pasted"');
});

test('typing in a field is one step; a new edit after undo clears redo', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.click();
  await editor.family.press('End');
  await editor.family.pressSequentially('-typed');
  await expect(editor.family).toHaveValue('web-typed');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor.family).toHaveValue('web');
  await expect(redo(page)).toBeEnabled();
  await editor.family.fill('other');
  await expect(redo(page)).toBeDisabled();
});

test('Ctrl+Z in the pane while its text does not parse undoes the typing, not the document', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('kept');
  await expect.poll(() => editor.text()).toContain('"family": "kept"');
  await editor.jsonRegion.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('oops');
  await expect(editor.jsonRegion.getByText(/Syntax error/)).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor.jsonRegion.getByText(/Syntax error/)).toBeHidden();
  expect((await editor.document()).family).toBe('kept');
  expect(await editor.text()).not.toContain('oops');
});
