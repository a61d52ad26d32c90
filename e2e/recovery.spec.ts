// An exception while rendering never leaves a blank page: above the sections it shows the recovery
// screen, whose download holds the document as it was; inside a section only that section fails and
// the rest of the page (Download JSON included) keeps working. The e2e build's window.__taskdefCrash
// makes a named part of the page throw, as a bug would.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

async function crash(page: Page, where: string): Promise<void> {
  expect(await page.evaluate((w) => window.__taskdefCrash?.(w) ?? false, where)).toBe(true);
}

async function downloaded(
  page: Page,
  button: string,
): Promise<{ name: string; doc: Record<string, unknown> }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const doc = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
  return { name: download.suggestedFilename(), doc };
}

test('a crash above the sections shows the recovery screen, whose download is the current document', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('edited-before-crash');
  await expect.poll(() => editor.text()).toContain('edited-before-crash');
  await crash(page, 'page');

  await expect(page.getByRole('heading', { name: 'Something went wrong in the editor' })).toBeVisible();
  await expect(editor.family).toBeHidden();
  const saved = await downloaded(page, 'Download the current document');
  expect(saved.name).toBe('edited-before-crash.json');
  expect(saved.doc.family).toBe('edited-before-crash');
  expect(saved.doc.containerDefinitions).toEqual([
    expect.objectContaining({ name: 'web', image: 'public.ecr.aws/nginx/nginx:1.27' }),
  ]);

  // Trying again brings the editor back with the same document.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(editor.family).toHaveValue('edited-before-crash');
});

for (const [where, name] of [
  ['form', 'The form'],
  ['json', 'The JSON editor'],
  ['problems', 'The problems list'],
] as const) {
  test(`a crash in ${name.toLowerCase()} stays there; the rest of the page and Download JSON still work`, async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.family.fill(`before-${where}-crash`);
    await expect.poll(() => editor.text()).toContain(`before-${where}-crash`);
    await crash(page, where);

    const alert = page.getByRole('alert').filter({ hasText: `${name} stopped working` });
    await expect(alert).toBeVisible();
    await expect(page.getByRole('heading', { name: 'ECS task definition editor' })).toBeVisible();
    const saved = await downloaded(page, 'Download JSON');
    expect(saved.doc.family).toBe(`before-${where}-crash`);

    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(alert).toBeHidden();
    await expect(editor.family).toHaveValue(`before-${where}-crash`);
  });
}
