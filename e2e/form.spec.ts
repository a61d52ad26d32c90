import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

test('family, a new container, its name, image and port reach the JSON pane', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('checkout');
  await page.getByRole('button', { name: 'Add container' }).click();
  const added = page.getByRole('group', { name: 'Container container-2' });
  await added.getByRole('textbox', { name: 'Image' }).fill('public.ecr.aws/docker/library/redis:7');
  await added.getByRole('textbox', { name: 'Container name' }).fill('cache');
  const cache = page.getByRole('group', { name: 'Container cache' });
  await cache.getByRole('button', { name: 'Add port mapping' }).click();
  await cache.getByRole('textbox', { name: 'Container port' }).fill('6379');

  await expect.poll(() => editor.text()).toContain('"family": "checkout"');
  await expect(editor.jsonRegion.locator('.view-lines')).toContainText('checkout');
  const doc = await editor.document();
  expect(doc.family).toBe('checkout');
  expect((doc.containerDefinitions as unknown[])[1]).toEqual({
    name: 'cache',
    essential: true,
    image: 'public.ecr.aws/docker/library/redis:7',
    portMappings: [{ containerPort: 6379 }],
  });
  const text = await editor.text();
  expect(text).toContain('"name": "cache"');
  expect(text).toContain('"containerPort": 6379');
});

test('the Fargate size picker offers only valid pairs and writes strings', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByRole('combobox', { name: 'Task CPU' }).selectOption('1024');
  const memory = page.getByRole('combobox', { name: 'Task memory' });
  await expect(memory).toHaveAttribute('aria-invalid', 'true');
  await expect(memory.locator('option')).toHaveText([
    '512 (not valid)',
    ...[2, 3, 4, 5, 6, 7, 8].map((g) => `${g} GB (${g * 1024})`),
  ]);
  await memory.selectOption('4096');
  await expect.poll(async () => (await editor.document()).memory).toBe('4096');
  expect((await editor.document()).cpu).toBe('1024');
});

test('a field unavailable on Fargate is disabled with its reason', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const ipc = page.getByRole('combobox', { name: 'IPC mode' });
  await expect(ipc).toBeDisabled();
  await expect(ipc).toHaveAccessibleDescription(/Fargate/);
  await page.getByRole('checkbox', { name: 'Fargate' }).uncheck();
  await page.getByRole('checkbox', { name: 'EC2' }).check();
  await expect(ipc).toBeEnabled();
});

test('keyboard only: add a container, move it up, name it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByRole('button', { name: 'Add container' }).focus();
  await page.keyboard.press('Enter');
  const added = page.getByRole('group', { name: 'Container container-2' });
  await added.getByRole('button', { name: 'Move container-2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await editor.document()).containerDefinitions)
    .toEqual([{ name: 'container-2', essential: true }, expect.objectContaining({ name: 'web' })]);
});

test('a problem is shown on its field, and clicking it in the list focuses the field', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const web = page.getByRole('group', { name: 'Container web' });
  await web.getByText('Storage').click();
  await web.getByRole('button', { name: 'Add mount point' }).click();
  const path = web.getByRole('textbox', { name: 'Container path' });
  await expect(path).toHaveAttribute('aria-invalid', 'true');
  await expect(path).toHaveAccessibleDescription(/containerPath/);
  await web.getByText('Storage').click(); // close the group again: the click must reopen it
  await editor.problems.getByRole('button', { name: /needs containerPath/ }).click();
  await expect(path).toBeFocused();
  await path.fill('/data');
  await expect(path).not.toHaveAttribute('aria-invalid');
});
