// Issue #3: form edits reach the JSON pane as minimal edits, so the pane's cursor, selection and scroll
// position survive them (the cursor alone is in json-sync.spec). Observed from Monaco's DOM: the
// rendered selection boxes and the scrolled offset of the text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

const file =
  'aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__cloudwatchlogs__task-definition-cloudwatch.json';

test('selection and scroll position in the pane survive a form edit above them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 }); // a short pane: the document scrolls
  const editor = new EditorPage(page);
  await editor.open();
  const original = readFileSync(path.resolve(process.cwd(), '../shared/corpus', file), 'utf8');
  const doc = JSON.parse(original) as { family: string; containerDefinitions: { environment?: unknown[] }[] };
  // Long enough to scroll: forty environment variables at the end of the last container.
  doc.containerDefinitions[doc.containerDefinitions.length - 1]!.environment = Array.from(
    { length: 40 },
    (_, i) => ({
      name: `VAR_${i}`,
      value: `v${i}`,
    }),
  );
  await editor.pasteJson(JSON.stringify(doc, null, 2));
  await expect(editor.family).toHaveValue(doc.family);

  const lines = editor.jsonRegion.locator('.lines-content');
  const scrolled = (): Promise<string> => lines.evaluate((el) => (el as HTMLElement).style.top);
  await editor.jsonRegion.locator('.view-lines').hover();
  await page.mouse.wheel(0, 500);
  await expect.poll(scrolled).not.toBe('0px');
  // A variable name on screen after the scroll: double-click selects the word.
  const word = editor.jsonRegion.locator('.view-line span', { hasText: /^"VAR_\d+"$/ }).first();
  await word.dblclick();
  const selection = editor.jsonRegion.locator('.selected-text').first();
  const box = async (): Promise<string> => JSON.stringify(await selection.boundingBox());
  await expect.poll(async () => (await selection.boundingBox())?.width ?? 0).toBeGreaterThan(0);
  const before = { top: await scrolled(), box: await box(), position: await editor.position() };

  await editor.family.fill(`${doc.family}-renamed`); // an edit at the top of the text, off screen
  await expect.poll(() => editor.text()).toContain(`${doc.family}-renamed`);

  expect(await scrolled()).toBe(before.top);
  await expect.poll(box).toBe(before.box);
  expect(await editor.position()).toEqual(before.position);
});
