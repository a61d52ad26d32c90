// Hostile input through the Import dialog (paste box and Open a file): each gets a clear message and
// the document is untouched until Replace. How fast (the message within 1 s, no main-thread task over
// 200 ms) is a figure of `npm run bench -- --hostile` (bench/hostile.ts), not an assertion here.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import a task definition' });

async function openImport(page: Page): Promise<EditorPage> {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('kept-family');
  await expect.poll(() => editor.text()).toContain('kept-family');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog(page)).toBeVisible();
  return editor;
}

/** The dialog closes on request and the document is exactly the one before the import. */
async function expectKept(page: Page, editor: EditorPage, before: Record<string, unknown>): Promise<void> {
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(editor.family).toHaveValue('kept-family');
  expect(await editor.document()).toEqual(before);
}

const pasted: { name: string; text: string; message: RegExp }[] = [
  { name: 'malformed JSON', text: '{"family": "x", "containerDefinitions": [}', message: /Could not read/ },
  {
    name: 'YAML indented with tabs',
    text: 'family: tabs\ncontainerDefinitions:\n\t- name: a\n\t  image: b\n',
    message: /Could not read the pasted text: line \d+/,
  },
  {
    name: '10,000-level nested arrays',
    text: `{"family": "deep", "x": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
    message: /nested too deeply/,
  },
  { name: 'an empty text', text: '', message: /Paste a task definition, or open a file/ },
];

for (const c of pasted) {
  test(`import of ${c.name}: a clear message, the document kept`, async ({ page }) => {
    const editor = await openImport(page);
    const before = await editor.document();
    await dialog(page)
      .getByRole('textbox', { name: /Paste JSON or YAML/ })
      .fill(c.text);
    await dialog(page).getByRole('button', { name: 'Preview import' }).click();
    await expect(dialog(page).getByText(c.message)).toBeVisible();
    await expect(dialog(page).getByRole('button', { name: 'Replace document' })).toHaveCount(0);
    await expectKept(page, editor, before);
  });
}

test('import of YAML with anchors: the aliases are expanded in the preview', async ({ page }) => {
  const editor = await openImport(page);
  const yaml = [
    'family: anchors',
    'containerDefinitions:',
    '  - name: a',
    '    image: &image public.ecr.aws/nginx/nginx:1.27',
    '    environment: &env',
    '      - { name: STAGE, value: prod }',
    '  - name: b',
    '    image: *image',
    '    environment: *env',
  ].join('\n');
  await dialog(page)
    .getByRole('textbox', { name: /Paste JSON or YAML/ })
    .fill(yaml);
  await dialog(page).getByRole('button', { name: 'Preview import' }).click();
  await dialog(page).getByRole('button', { name: 'Replace document' }).click();
  await expect(editor.family).toHaveValue('anchors');
  const doc = await editor.document();
  const env = [{ name: 'STAGE', value: 'prod' }];
  expect(doc.containerDefinitions).toEqual([
    expect.objectContaining({ name: 'a', image: 'public.ecr.aws/nginx/nginx:1.27', environment: env }),
    expect.objectContaining({ name: 'b', image: 'public.ecr.aws/nginx/nginx:1.27', environment: env }),
  ]);
});

const files: {
  name: string;
  file: () => string | { name: string; mimeType: string; buffer: Buffer };
  message: RegExp;
}[] = [
  {
    name: 'an empty file',
    file: () => ({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) }),
    message: /empty\.json is empty/,
  },
  {
    name: 'a binary file',
    file: () => ({
      name: 'image.json',
      mimeType: 'application/json',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    }),
    message: /looks like a binary file/,
  },
  {
    name: 'invalid UTF-8',
    file: () => ({
      name: 'latin1.json',
      mimeType: 'application/json',
      buffer: Buffer.concat([
        Buffer.from('{"family": "caf'),
        Buffer.from([0xe9]),
        Buffer.from('", "containerDefinitions": []}'),
      ]),
    }),
    message: /latin1\.json is not valid UTF-8/,
  },
  {
    name: 'a 10 MB file',
    file: () => {
      const env = Array.from({ length: 3000 }, (_, i) => ({ name: `N_${String(i)}`, value: 'v'.repeat(20) }));
      const doc = {
        family: 'ten-megabytes',
        containerDefinitions: Array.from({ length: 80 }, (_, c) => ({
          name: `c${String(c)}`,
          image: 'x',
          environment: env,
        })),
      };
      // A file on disk, not a buffer: Playwright hands a buffer to the page by decoding it there,
      // which would be the test's own long task.
      const file = test.info().outputPath('big.json');
      writeFileSync(file, JSON.stringify(doc, null, 2));
      return file;
    },
    message: /big\.json is \d+\.\d MB: too large/,
  },
];

for (const c of files) {
  test(`import of ${c.name}: a clear message, the document kept`, async ({ page }) => {
    const editor = await openImport(page);
    const before = await editor.document();
    await dialog(page).getByLabel('Open a file').setInputFiles(c.file());
    await expect(dialog(page).getByText(c.message).first()).toBeVisible();
    await expectKept(page, editor, before);
  });
}

test('import of an integer beyond 2^53: the preview says so before anything is replaced', async ({
  page,
}) => {
  const editor = await openImport(page);
  await dialog(page)
    .getByRole('textbox', { name: /Paste JSON or YAML/ })
    .fill(
      '{"family": "big", "containerDefinitions": [{"name": "a", "image": "b", "memory": 9007199254740993}]}',
    );
  await dialog(page).getByRole('button', { name: 'Preview import' }).click();
  await expect(dialog(page).getByText(/9007199254740993 is beyond 2\^53/)).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(editor.family).toHaveValue('kept-family');
  expect((await editor.document()).family).toBe('kept-family');
});
