// Import through the dialog: each input kind shows what was recognised, the fixes, the notes and the
// before/after diff; Replace document puts the result in the form and the JSON; nothing changes before.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { importText } from '../src/domain/index.ts';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

const CORPUS = `${process.cwd()}/../shared/corpus/`;
const corpus = (name: string): string => readFileSync(CORPUS + name, 'utf8');

const DESCRIBE = 'AGHCampus__server__.aws__task-definition.json';
const CFN_YAML =
  'aws-cloudformation__aws-cloudformation-templates__ECS__FargateLaunchType__services__public-service.yaml';
const CONTAINERS = 'lupinthe14th__ptodo__container_definitions.json';
const TEMPLATED =
  'aws-samples__eb-java-scorekeep__task-definition__template__scorekeep-task-definition.template';

const CONSOLE_COPY = JSON.stringify(
  {
    family: 'console-copy',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: 256,
    memory: '512',
    taskRoleArn: null,
    volumes: [],
    placementConstraints: [],
    containerDefinitions: [
      {
        name: 'app',
        image: 'nginx:1.27',
        essential: true,
        command: null,
        entryPoint: [],
        environment: [],
        mountPoints: [],
        portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
      },
    ],
  },
  null,
  2,
);

function expected(text: string): Record<string, unknown> {
  const r = importText(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import a task definition' });

async function previewPaste(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog(page)).toBeVisible();
  const box = dialog(page).getByRole('textbox', { name: /Paste JSON or YAML/ });
  await expect(box).toBeFocused();
  await box.fill(text);
  await dialog(page).getByRole('button', { name: 'Preview import' }).click();
}

async function expectPreview(page: Page, recognised: string, fix: RegExp): Promise<void> {
  await expect(dialog(page).getByTestId('import-recognised')).toHaveText(`Recognised: ${recognised}`);
  await expect(dialog(page).getByRole('region', { name: /Fixes the import applies/ })).toContainText(fix);
  const diff = dialog(page).getByTestId('import-diff');
  await expect(diff.locator('.monaco-diff-editor')).toBeVisible();
  await expect(diff.locator('.editor.modified .view-lines')).toContainText('"containerDefinitions"');
}

async function replaceAndCheck(page: Page, editor: EditorPage, text: string): Promise<void> {
  await dialog(page).getByRole('button', { name: 'Replace document' }).click();
  await expect(dialog(page)).toBeHidden();
  const want = expected(text);
  await expect.poll(() => editor.document()).toEqual(want);
  await expect(editor.family).toHaveValue(typeof want.family === 'string' ? want.family : '');
  await expect.poll(() => editor.text().then((t) => JSON.parse(t) as unknown)).toEqual(want);
}

test('describe-task-definition output: read-only fields removed, shown first', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const text = corpus(DESCRIBE);
  await previewPaste(page, text);
  await expectPreview(page, 'describe-task-definition output (JSON)', /Removed taskDefinitionArn/);
  // Nothing is applied before Replace.
  expect((await editor.document()).family).toBe('web');
  await replaceAndCheck(page, editor, text);
  expect(await editor.text()).not.toContain('taskDefinitionArn');
});

test('a console copy with nulls and empty values', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await previewPaste(page, CONSOLE_COPY);
  await expectPreview(page, 'register-task-definition input (JSON)', /which was null/);
  await expect(dialog(page).getByRole('region', { name: /Fixes the import applies/ })).toContainText(
    /to the string "256"/,
  );
  await replaceAndCheck(page, editor, CONSOLE_COPY);
  expect(await editor.text()).not.toContain('null');
});

test('a CloudFormation template in YAML from the corpus', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const text = corpus(CFN_YAML);
  await previewPaste(page, text);
  await expectPreview(page, 'CloudFormation template (YAML)', /CloudFormation|intrinsic|\{\{/);
  await replaceAndCheck(page, editor, text);
});

test('a bare list of container definitions', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const text = corpus(CONTAINERS);
  await previewPaste(page, text);
  await expectPreview(page, 'list of container definitions (JSON)', /container definitions/i);
  await replaceAndCheck(page, editor, text);
});

test('a templated file opened with the file input shows the placeholder note', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const text = corpus(TEMPLATED);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog(page)
    .getByLabel('Open a file')
    .setInputFiles({ name: 'scorekeep.template', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(dialog(page).getByTestId('import-recognised')).toContainText('(JSON)');
  await expect(dialog(page).getByRole('region', { name: 'Notes' })).toContainText(/placeholders/i);
  await expect(dialog(page).getByTestId('import-diff').locator('.monaco-diff-editor')).toBeVisible();
  await replaceAndCheck(page, editor, text);
});

test('unreadable text shows the line and column and keeps the document', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const before = await editor.document();
  await previewPaste(page, '{\n  "family": "web",\n  "cpu": ]\n}');
  await expect(dialog(page).getByRole('alert')).toContainText(/line 3, column \d+/);
  await expect(dialog(page).getByRole('button', { name: 'Replace document' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
  expect(await editor.document()).toEqual(before);
});

test('repairs are offered one by one and only the chosen ones are applied', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const doc = {
    family: 'ports',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [
      { name: 'web', image: 'nginx', portMappings: [{ containerPort: 80, hostPort: 8080 }] },
    ],
  };
  await previewPaste(page, JSON.stringify(doc));
  const repairs = dialog(page).getByRole('group', { name: /Further repairs/ });
  const box = repairs.getByRole('checkbox', {
    name: /containerDefinitions\[0\]\.portMappings\[0\]\.hostPort/,
  });
  await expect(box).not.toBeChecked();
  await box.check();
  await dialog(page).getByRole('button', { name: 'Replace document' }).click();
  await expect
    .poll(async () => JSON.stringify((await editor.document()).containerDefinitions))
    .toContain('"hostPort":80');
  expect((await editor.document()).family).toBe('ports');
});

/** Drop a file on the page; `bytes` is the content, or a size to fill with spaces in the page. */
async function dropFile(page: Page, name: string, bytes: number[] | number): Promise<void> {
  const data = await page.evaluateHandle(
    ({ name, bytes }) => {
      const dt = new DataTransfer();
      const content = typeof bytes === 'number' ? new Uint8Array(bytes).fill(32) : new Uint8Array(bytes);
      dt.items.add(new File([content], name));
      return dt;
    },
    { name, bytes },
  );
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await page.dispatchEvent('main', type, { dataTransfer: data });
  }
}

test('a file dropped on the page opens the preview', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const text = corpus(DESCRIBE);
  await dropFile(page, 'td.json', [...Buffer.from(text)]);
  await expectPreview(page, 'describe-task-definition output (JSON)', /Removed taskDefinitionArn/);
  await replaceAndCheck(page, editor, text);
});

test('dropped files that are empty, binary, too large or not UTF-8 are explained', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await dropFile(page, 'empty.json', []);
  await expect(dialog(page).getByRole('alert')).toContainText('empty.json is empty');
  await page.keyboard.press('Escape');
  await dropFile(page, 'logo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
  await expect(dialog(page).getByRole('alert')).toContainText('logo.png looks like a binary file');
  await page.keyboard.press('Escape');
  await dropFile(page, 'huge.log', 3 * 1_048_576);
  await expect(dialog(page).getByRole('alert')).toContainText('huge.log is 3.0 MB: too large');
  await page.keyboard.press('Escape');
  const latin1 = [...Buffer.from('{"family": "caf'), 0xe9, ...Buffer.from('", "containerDefinitions": []}')];
  await dropFile(page, 'latin1.json', latin1);
  await expect(dialog(page).getByRole('status')).toContainText('latin1.json is not valid UTF-8');
  await expect(dialog(page).getByTestId('import-recognised')).toBeVisible();
  expect((await editor.document()).family).toBe('web');
});

test('Replace document clicked at once after Preview, again and again: no error from the diff', async ({
  page,
}) => {
  // Monaco's diff worker answered a diff asked for by a closed dialog with "no diff result available"
  // (an uncaught error) when the models were disposed while the diff was being computed.
  const editor = new EditorPage(page);
  await editor.open();
  for (let i = 0; i < 12; i++) {
    // Large enough that the diff is still being computed when the dialog closes.
    const text = JSON.stringify({
      family: `quick-${i}`,
      containerDefinitions: Array.from({ length: 10 }, (_, c) => ({
        name: `app${c}`,
        image: 'nginx',
        memory: 512,
        command: null,
        environment: Array.from({ length: 50 }, (_, e) => ({ name: `VAR_${e}`, value: `value ${i} ${e}` })),
      })),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog(page)
      .getByRole('textbox', { name: /Paste JSON or YAML/ })
      .fill(text);
    await dialog(page).getByRole('button', { name: 'Preview import' }).click();
    await dialog(page).getByRole('button', { name: 'Replace document' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(editor.family).toHaveValue(`quick-${i}`);
  }
  // Diffs still being computed when the last dialog closed have time to answer.
  await page.waitForTimeout(500);
});

test("the preview's buttons stay in view while its fixes and diff scroll", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const editor = new EditorPage(page);
  await editor.open();
  await previewPaste(page, corpus(DESCRIBE));
  await expectPreview(page, 'describe-task-definition output (JSON)', /Removed taskDefinitionArn/);
  const replace = dialog(page).getByRole('button', { name: /replace document/i });
  await expect(replace).toBeInViewport();
  await expect(dialog(page).getByRole('heading', { name: 'Import a task definition' })).toBeInViewport();
  await dialog(page).getByTestId('import-diff').scrollIntoViewIfNeeded();
  await expect(replace).toBeInViewport();
  await replace.click();
  await expect(dialog(page)).toBeHidden();
});
