// Hostile text pasted into the JSON pane: each gets a clear message, the previous document stays
// (the form still shows it), nothing is lost. How fast (the message within 1 s, no main-thread task
// over 200 ms) is a figure of `npm run bench -- --hostile` (bench/hostile.ts), not an assertion here:
// the machines that run these tests are shared and noisy.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

function tenMegabytes(): string {
  const env = Array.from({ length: 3000 }, (_, i) => ({
    name: `NAME_${String(i)}`,
    value: `value-${String(i)}`.padEnd(20, 'x'),
  }));
  const doc = {
    family: 'ten-megabytes',
    containerDefinitions: Array.from({ length: 70 }, (_, c) => ({
      name: `c${String(c)}`,
      image: 'x',
      environment: env,
    })),
  };
  return JSON.stringify(doc, null, 2);
}

const cases: { name: string; text: () => string; message: RegExp; synthetic?: true }[] = [
  {
    name: 'a 10 MB paste',
    text: tenMegabytes,
    message: /Nothing was pasted: that text is \d+\.\d MB/,
    synthetic: true,
  },
  {
    name: 'malformed JSON',
    text: () => '{"family": "broken", "containerDefinitions": [}',
    message: /Syntax error/,
  },
  {
    name: '10,000-level nested arrays',
    text: () => `{"family": "deep", "x": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
    message: /Nothing was pasted: that text is nested more than 200 levels/,
  },
  {
    name: '10,000-level nested arrays as the whole text',
    text: () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    message: /Nothing was pasted: that text is nested more than 200 levels/,
  },
  {
    name: 'an integer beyond 2^53',
    text: () =>
      '{"family": "big", "containerDefinitions": [{"name": "a", "image": "b", "memory": 9007199254740993}]}',
    message: /9007199254740993 is beyond 2\^53/,
  },
];

/**
 * The paste event a browser fires, with the text in its clipboardData. Used for the 10 MB text: the
 * test browser's own clipboard round trip of 10 MB takes longer than the page's handling of it.
 */
async function pasteEvent(editor: EditorPage, text: string): Promise<void> {
  await editor.jsonRegion.locator('.monaco-editor .view-lines').click();
  await editor.page.keyboard.press('ControlOrMeta+A');
  await editor.page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    (window as unknown as { __clipboard?: DataTransfer }).__clipboard = data;
  }, text);
  await editor.page.evaluate(() => {
    const data = (window as unknown as { __clipboard?: DataTransfer }).__clipboard;
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data ?? null, bubbles: true, cancelable: true }),
    );
  });
}

for (const c of cases) {
  test(`${c.name}: a clear message, the document kept`, async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.family.fill('kept-family');
    await expect.poll(() => editor.text()).toContain('kept-family');
    const before = await editor.document();
    const text = c.text();
    if (c.synthetic) await pasteEvent(editor, text);
    else await editor.pasteJson(text);
    await expect(editor.jsonRegion.getByRole('status').filter({ hasText: c.message })).toBeVisible();
    await expect(editor.family).toHaveValue('kept-family');
    // Nothing lost: the document is the one before the paste, field for field.
    expect(await editor.document()).toEqual(before);
    // And the page still works: the form edits the document.
    await editor.family.fill('still-editable');
    await expect.poll(async () => (await editor.document()).family).toBe('still-editable');
  });
}

test('an empty pane: a clear message, the document kept', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('kept-family');
  await expect.poll(() => editor.text()).toContain('kept-family');
  const before = await editor.document();
  await editor.typeJson('');
  await expect(editor.jsonRegion.getByRole('status').filter({ hasText: /value is expected/ })).toBeVisible();
  await expect(editor.family).toHaveValue('kept-family');
  expect(await editor.document()).toEqual(before);
});

test('a key of 100,000 characters is kept and reported', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const key = 'k'.repeat(100_000);
  await editor.pasteJson(JSON.stringify({ family: 'long-key', [key]: 1, containerDefinitions: [] }));
  await expect(editor.family).toHaveValue('long-key');
  await expect(
    editor.problems
      .getByRole('listitem')
      .filter({ hasText: /kkkkkkkk/ })
      .first(),
  ).toBeVisible();
  expect((await editor.document())[key]).toBe(1);
});

test('__proto__, constructor and prototype keys stay data and survive a form edit', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const text = `{
  "family": "proto",
  "__proto__": { "polluted": "yes" },
  "constructor": { "prototype": { "polluted": "yes" } },
  "containerDefinitions": [
    { "name": "web", "image": "nginx", "__proto__": { "polluted": "yes" }, "prototype": { "polluted": "yes" } }
  ]
}`;
  await editor.pasteJson(text);
  await expect(editor.family).toHaveValue('proto');
  await editor.family.fill('proto-edited');
  await expect.poll(() => editor.text()).toContain('"family": "proto-edited"');
  const after = await editor.text();
  expect(after).toContain('"__proto__": { "polluted": "yes" }');
  expect(after).toContain('"constructor": { "prototype": { "polluted": "yes" } }');
  expect(after).toContain('"prototype": { "polluted": "yes" }');
  const kept = await page.evaluate(() => {
    const doc = window.__taskdef!.getDocument();
    const own = (o: unknown, k: string) => Object.prototype.hasOwnProperty.call(o, k);
    const container = (doc.containerDefinitions as unknown[])[0];
    return {
      docProto: own(doc, '__proto__'),
      docConstructor: own(doc, 'constructor'),
      containerProto: own(container, '__proto__'),
      containerPrototype: own(container, 'prototype'),
      protoIsObject: Object.getPrototypeOf(doc) === Object.prototype,
      polluted: ({} as Record<string, unknown>).polluted,
    };
  });
  expect(kept).toEqual({
    docProto: true,
    docConstructor: true,
    containerProto: true,
    containerPrototype: true,
    protoIsObject: true,
    polluted: undefined,
  });
  // The Download JSON export keeps them too.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toContain('"__proto__"');
  expect(saved).toContain('"constructor"');
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
});

test('the size meter follows the document; over 64 KB it is an error, and editing goes on', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const meter = page.getByRole('meter', { name: 'Task definition size' });
  await expect(meter).toBeVisible();
  await expect(page.getByTestId('size-meter-text')).toHaveText(/^0\.\d KB of 64 KB$/);

  const big = {
    family: 'too-big',
    containerDefinitions: [{ name: 'web', image: 'nginx', essential: true, command: ['x'.repeat(70_000)] }],
  };
  await editor.pasteJson(JSON.stringify(big, null, 2));
  await expect(editor.family).toHaveValue('too-big');
  await expect(page.getByTestId('size-meter-text')).toHaveText(
    /^68\.\d KB of 64 KB: \d+ bytes over the registration limit$/,
  );
  await expect(editor.problems).toContainText("Max allowed length is '65536' bytes");

  // Still editable; shrinking the document clears the error.
  await editor.pasteJson(
    JSON.stringify({ ...big, containerDefinitions: [{ name: 'web', image: 'nginx', essential: true }] }),
  );
  await expect(page.getByTestId('size-meter-text')).toHaveText(/^0\.\d KB of 64 KB$/);
  await expect(editor.problems).not.toContainText("Max allowed length is '65536' bytes");
});
