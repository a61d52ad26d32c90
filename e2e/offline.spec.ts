// Offline: once the page has loaded, the service worker has every file of the build, so a reload
// without a network still opens the editor, Monaco included, with the last draft.
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

test('after one visit the editor loads and works offline', async ({ page, context }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('offline-draft');
  await expect(page.getByTestId('draft-status')).toContainText('Saved in this browser');
  // Installed means precached: activation waits for every file to be in the cache.
  const version = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return (await caches.keys()).find((k) => k.startsWith('taskdef-'));
  });
  expect(version).toMatch(/^taskdef-[0-9a-f]{16}$/);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(editor.family).toHaveValue('offline-draft');
  await page.waitForFunction(() => window.__taskdef !== undefined);
  await expect.poll(() => editor.text()).toContain('"family": "offline-draft"');

  // Still an editor: the form, the JSON pane, the problems, the templates.
  await editor.family.fill('edited-offline');
  await expect.poll(() => editor.text()).toContain('"family": "edited-offline"');
  await editor.typeJson('{"family": "typed-offline", "containerDefinitions": []}');
  await expect(editor.family).toHaveValue('typed-offline');
  await expect(editor.problems).toContainText('containerDefinitions');
  await page.getByRole('button', { name: 'New from template' }).click();
  await expect(
    page.getByRole('dialog').getByRole('list', { name: 'Templates' }).getByRole('listitem'),
  ).toHaveCount(5);
  await context.setOffline(false);
});

test('without the network and without a service worker the page would not load (the test is real)', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(baseURL ?? '/');
  await expect(page.getByRole('textbox', { name: 'Family' })).toBeVisible();
  await context.setOffline(true);
  await expect(page.reload()).rejects.toThrow();
  await context.close();
});
