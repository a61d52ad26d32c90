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

/**
 * What is wrong with the toolbar's wrapping: a label on another line than its control, or a separating
 * line with no control beside it on its row (one that starts or ends a row).
 */
function toolbarWrapFaults(): string[] {
  const header = document.querySelector('header');
  if (!header) return ['no toolbar'];
  const shown = (el: Element): boolean => el.checkVisibility() && el.getBoundingClientRect().width > 0;
  const faults: string[] = [];
  for (const label of header.querySelectorAll('label')) {
    const control = label.control;
    if (!control || !shown(label) || !shown(control)) continue;
    const l = label.getBoundingClientRect();
    const c = control.getBoundingClientRect();
    const middle = l.top + l.height / 2;
    if (middle < c.top || middle > c.bottom || l.right > c.left)
      faults.push(`"${label.textContent.trim()}" is not on the line of its control`);
  }
  const controls = [...header.querySelectorAll('button, select, input, a[href]')].filter(shown);
  for (const line of header.querySelectorAll('.toolbar-sep')) {
    if (!shown(line)) continue;
    const s = line.getBoundingClientRect();
    const onRow = controls
      .map((c) => c.getBoundingClientRect())
      .filter((c) => c.bottom > s.top && c.top < s.bottom);
    const left = onRow.some((c) => c.right <= s.left);
    const right = onRow.some((c) => c.left >= s.right);
    if (!left || !right)
      faults.push(`a separator ${left ? 'ends' : 'starts'} the row at y=${Math.round(s.top)}`);
  }
  return faults;
}

for (const width of [600, 360]) {
  test(`the toolbar wraps cleanly at ${width} px: each label beside its control, no line at a row's edge`, async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await page.setViewportSize({ width: 1400, height: 900 });
    await editor.open();
    await expect(page.getByRole('combobox', { name: 'Images from' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share link' })).toBeVisible();
    await expect.poll(() => page.evaluate(toolbarWrapFaults)).toEqual([]);
    // Narrowed after loading, as a person resizing the window would.
    await page.setViewportSize({ width, height: 900 });
    await expect.poll(() => page.evaluate(toolbarWrapFaults)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
