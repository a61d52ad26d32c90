import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

test('the page has named regions and toolbar buttons, and opens with a valid document', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ECS task definition editor');
  await expect(editor.jsonRegion).toBeVisible();
  await expect(editor.problems).toContainText('No problems found');
  for (const name of ['Fix all', 'Download JSON', 'Copy JSON'])
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(page.getByTestId('toolbar-family')).toHaveText('web');
  const doc = await editor.document();
  expect(doc.networkMode).toBe('awsvpc');
  expect(doc.requiresCompatibilities).toEqual(['FARGATE']);
});

test('every control outside the code editor has an accessible name', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const controls = page.locator('button, input, select, textarea').filter({ visible: true });
  const count = await controls.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    const c = controls.nth(i);
    if (await c.evaluate((el) => el.closest('.monaco-editor') !== null)) continue;
    await expect(c).toHaveAccessibleName(/\S/);
  }
});

test('the toolbar works from the keyboard alone', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = (await page.evaluate(() => document.activeElement?.textContent)) === 'Fix all';
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to fix automatically' })).toBeVisible();
});

test('the family in the toolbar follows the document', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.typeJson('{"family": "from-the-pane", "containerDefinitions": []}');
  await expect(page.getByTestId('toolbar-family')).toHaveText('from-the-pane');
});
