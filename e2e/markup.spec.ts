// Markup and script in every field of a document render as text: in the form, the problems list
// (messages quote names and keys), the import preview, the export preview and a page opened from a
// share link. Nothing the document holds ever runs.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

declare global {
  interface Window {
    __xss?: number;
  }
}

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=1</script>';

const hostile = {
  family: `evil${IMG}`,
  taskRoleArn: SCRIPT,
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  [IMG]: SCRIPT,
  containerDefinitions: [
    {
      name: `web${SCRIPT}`,
      image: IMG,
      essential: true,
      environment: [{ name: IMG, value: SCRIPT }],
      dockerLabels: { [IMG]: SCRIPT },
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': IMG, [SCRIPT]: IMG } },
    },
  ],
};

async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  // No element was made from the document's markup.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('script', { hasText: '__xss' })).toHaveCount(0);
}

test('markup in names, values, labels and log options is shown as text everywhere', async ({
  page,
  context,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(hostile, null, 2));
  await expect.poll(() => editor.document()).toEqual(hostile);

  // The form holds the strings as values; the problems list quotes them as text.
  await expect(editor.family).toHaveValue(`evil${IMG}`);
  await expect(page.getByRole('textbox', { name: 'Image' }).first()).toHaveValue(IMG);
  await expect(editor.problems).toContainText(IMG);
  await expect(editor.problems).toContainText(SCRIPT);
  await expectNothingRan(page);

  // The export preview.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  const preview = exportDialog.getByRole('textbox', { name: /^Preview of / });
  await expect(preview).toHaveValue(/<img src=x onerror=/);
  await expectNothingRan(page);
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  // The import preview (its before/after diff is drawn by Monaco, as text).
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import a task definition' });
  await importDialog
    .getByRole('textbox', { name: /Paste JSON or YAML/ })
    .fill(JSON.stringify({ ...hostile, family: `other${SCRIPT}` }, null, 2));
  await importDialog.getByRole('button', { name: 'Preview import' }).click();
  await expect(importDialog.getByTestId('import-diff').locator('.editor.modified .view-lines')).toContainText(
    `other${SCRIPT}`,
  );
  await expectNothingRan(page);
  await importDialog.getByRole('button', { name: 'Replace document' }).click();
  await expect(editor.family).toHaveValue(`other${SCRIPT}`);
  await expectNothingRan(page);

  // A page opened from a share link.
  await page.getByRole('button', { name: 'Share link', exact: true }).click();
  const shareDialog = page.getByRole('dialog', { name: 'Share link' });
  const url = await shareDialog.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(url).toMatch(/#doc=/);
  const opened = await context.newPage();
  await opened.goto(url);
  await expect(opened.getByRole('textbox', { name: 'Family' })).toHaveValue(`other${SCRIPT}`);
  await expect(opened.getByRole('region', { name: 'Problems' })).toContainText(IMG);
  await expectNothingRan(opened);
  await opened.close();
});
