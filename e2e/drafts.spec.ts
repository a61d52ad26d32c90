// Drafts: every change is kept in the browser; a reload, a closed tab and a second tab lose nothing.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

const saved = (page: Page) => expect(page.getByTestId('draft-status')).toContainText('Saved in this browser');
const draftsDialog = (page: Page) => page.getByRole('dialog', { name: 'Drafts' });

async function openDrafts(page: Page) {
  await page.getByRole('button', { name: 'Drafts', exact: true }).click();
  return draftsDialog(page);
}

test('a reload opens the last draft, in the form and in the JSON', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('kept-after-reload');
  await saved(page);
  await page.reload();
  await expect(editor.family).toHaveValue('kept-after-reload');
  await page.waitForFunction(() => window.__taskdef !== undefined);
  await expect.poll(() => editor.text()).toContain('"family": "kept-after-reload"');
  // A fresh draft has nothing to undo: the history starts with the page.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});

test('a tab closed mid-edit keeps its last change', async ({ page, context }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('first');
  await saved(page);
  await editor.family.fill('typed-just-before-closing');
  // No wait for the save: the page goes away at once.
  await page.close();
  const next = await context.newPage();
  const again = new EditorPage(next);
  await again.open();
  await expect(again.family).toHaveValue('typed-just-before-closing');
});

test('two tabs on one draft: the later save does not erase the other, and the user can load theirs', async ({
  page,
  context,
}) => {
  const a = new EditorPage(page);
  await a.open();
  await a.family.fill('shared');
  await saved(page);

  const other = await context.newPage();
  const b = new EditorPage(other);
  await b.open();
  await expect(b.family).toHaveValue('shared');
  await b.family.fill('written-by-b');
  await saved(other);

  const notice = page.getByRole('region', { name: 'Draft changed in another tab' });
  await expect(notice).toBeVisible();
  await a.family.fill('written-by-a');
  await expect(page.getByTestId('draft-status')).toContainText('changed in another tab');
  // B's version is still what is stored: a reload of B shows it.
  await other.reload();
  await expect(b.family).toHaveValue('written-by-b');

  await notice.getByRole('button', { name: 'Load theirs' }).click();
  await expect(a.family).toHaveValue('written-by-b');
  await expect(notice).toBeHidden();
  await a.family.fill('a-after-loading');
  await saved(page);
});

test('two tabs on one draft: keep mine as a new draft', async ({ page, context }) => {
  const a = new EditorPage(page);
  await a.open();
  await a.family.fill('shared');
  await saved(page);
  const other = await context.newPage();
  const b = new EditorPage(other);
  await b.open();
  await b.family.fill('theirs');
  await saved(other);
  await a.family.fill('mine');
  const notice = page.getByRole('region', { name: 'Draft changed in another tab' });
  await notice.getByRole('button', { name: 'Keep mine as a new draft' }).click();
  await saved(page);
  await expect(page.getByTestId('draft-status')).toContainText('shared (mine)');
  const list = (await openDrafts(page)).getByRole('list', { name: 'Saved drafts' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('shared (mine)');
  // The other tab's draft kept its content.
  await list.getByRole('button', { name: 'Open shared', exact: true }).click();
  await expect(a.family).toHaveValue('theirs');
});

test('named drafts: new, list, open, rename, delete — with the keyboard', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('alpha');
  await saved(page);

  let dialog = await openDrafts(page);
  await expect(dialog.getByRole('button', { name: 'New draft' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(editor.family).toHaveValue('web');
  await editor.family.fill('beta');
  await saved(page);

  dialog = await openDrafts(page);
  const list = dialog.getByRole('list', { name: 'Saved drafts' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('button', { name: 'Rename beta' }).click();
  const name = dialog.getByRole('textbox', { name: 'New name for beta' });
  await expect(name).toBeFocused();
  await name.fill('Payments v2');
  await page.keyboard.press('Enter');
  await expect(list).toContainText('Payments v2');
  await expect(page.getByTestId('draft-status')).toContainText('Payments v2');

  await list.getByRole('button', { name: 'Open alpha' }).focus();
  await page.keyboard.press('Enter');
  await expect(editor.family).toHaveValue('alpha');

  dialog = await openDrafts(page);
  await list.getByRole('button', { name: 'Delete Payments v2' }).click();
  await list.getByRole('button', { name: 'Yes, delete Payments v2' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).not.toContainText('Payments v2');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(editor.family).toHaveValue('alpha');
});

test('storage that refuses to write is reported, and the editor keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    Storage.prototype.setItem = full;
  });
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('not-storable');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toContainText(
    'storage for this page is full',
  );
  await expect(page.getByTestId('draft-status')).toContainText('Not saved');
  await expect.poll(() => editor.text()).toContain('"family": "not-storable"');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(editor.family).toHaveValue('web');
});
