// The toolbar's dialogs load after the form (issue #6). Their buttons are there from the start with
// their names; a click before the code has arrived says "Loading…" and then opens the dialog; a file
// dropped on the page before the import code has arrived is imported once it has. The dialog's code
// is held back here with a route until the test lets it through.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** Holds back the scripts whose path matches until release() is called. */
async function holdScripts(page: Page, path: RegExp): Promise<{ release: () => void; held: () => number }> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = 0;
  await page.route(path, async (route) => {
    held++;
    await gate;
    await route.continue();
  });
  return {
    release: () => {
      release();
    },
    held: () => held,
  };
}

test('Export clicked before its code has loaded: Loading…, then the dialog, with the focus', async ({
  page,
}) => {
  const hold = await holdScripts(page, /\/assets\/export-panel-[\w-]+\.js$/);
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Export', exact: true });
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('aria-haspopup', 'dialog');
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Export' })).toHaveCount(0);
  expect(hold.held()).toBe(1);
  hold.release();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // One Export button, the real one, and the focus came back to it.
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
});

test('a file dropped before the import code has loaded is imported once it has', async ({ page }) => {
  const hold = await holdScripts(page, /\/assets\/import-(?!diff)[\w-]+\.js$/);
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Family' })).toBeVisible();
  const data = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    const text = '{"family": "dropped-early", "containerDefinitions": [{"name": "app", "image": "nginx"}]}';
    dt.items.add(new File([text], 'early.json'));
    return dt;
  });
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.dispatchEvent('main', type, { dataTransfer: data });
  // The page is still the editor (the browser did not open the file in its place).
  await expect(page.getByRole('textbox', { name: 'Family' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Import a task definition' })).toHaveCount(0);
  hold.release();
  const dialog = page.getByRole('dialog', { name: 'Import a task definition' });
  await expect(dialog.getByTestId('import-recognised')).toHaveText(
    'Recognised: register-task-definition input (JSON)',
  );
  await dialog.getByRole('button', { name: 'Replace document' }).click();
  await expect(page.getByRole('textbox', { name: 'Family' })).toHaveValue('dropped-early');
});

test('each toolbar button is there, by name, before any dialog code has loaded', async ({ page }) => {
  const hold = await holdScripts(
    page,
    /\/assets\/(?:import-(?!diff)|templates-mount-|paste-error-|export-panel-|share-button-)[\w-]+\.js$/,
  );
  await page.goto('/');
  for (const name of ['Import', 'New from template', 'Paste your error', 'Export', 'Share link'])
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  hold.release();
});
