// Issue #3's layout: the form on one side and the JSON pane on the other, stacked on narrow screens,
// with the problems list below; nothing wider than the window.
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

test('side by side on a wide window, stacked on a narrow one', async ({ page }) => {
  const editor = new EditorPage(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await editor.open();
  const form = page.getByRole('textbox', { name: 'Family' });
  let f = (await form.boundingBox())!;
  let j = (await editor.jsonRegion.boundingBox())!;
  expect(j.x).toBeGreaterThan(f.x + f.width); // the pane to the right of the form
  expect(Math.abs(j.y - f.y)).toBeLessThan(200);

  await page.setViewportSize({ width: 600, height: 900 });
  await expect.poll(async () => (await editor.jsonRegion.boundingBox())!.y).toBeGreaterThan(f.y + f.height);
  f = (await form.boundingBox())!;
  j = (await editor.jsonRegion.boundingBox())!;
  const p = (await editor.problems.boundingBox())!;
  expect(j.y).toBeGreaterThan(f.y + f.height); // the pane below the form
  expect(p.y).toBeGreaterThanOrEqual(j.y + j.height); // the problems below the pane
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(600);
});
