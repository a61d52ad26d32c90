// Import fixes accepted one by one: untick one fix of a describe output, the diff shows the value it
// keeps, the button says how many fixes it applies, and only the ticked ones are applied. Ctrl+Z
// returns to the document before the import.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { applyImportFixes, importText, optionalFixIds } from '../src/domain/index.ts';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

const DESCRIBE = 'AGHCampus__server__.aws__task-definition.json';
const text = readFileSync(`${process.cwd()}/../shared/corpus/${DESCRIBE}`, 'utf8');

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import a task definition' });

async function previewPaste(page: Page, pasted: string): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog(page)
    .getByRole('textbox', { name: /Paste JSON or YAML/ })
    .fill(pasted);
  await dialog(page).getByRole('button', { name: 'Preview import' }).click();
}

function imported() {
  const r = importText(text);
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

test('untick one fix: that field stays as it was, every other fix is applied; Ctrl+Z undoes', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const before = await editor.document();
  const r = imported();
  const arnFix = r.fixes.find((f) => f.path === 'taskDefinitionArn');
  if (!arnFix) throw new Error('the corpus file lost its taskDefinitionArn');
  const total = r.fixes.length;

  await previewPaste(page, text);
  const choices = dialog(page).getByRole('group', { name: /Optional fixes/ });
  const box = choices.getByRole('checkbox', { name: /Removed taskDefinitionArn/ });
  await expect(box).toBeChecked();
  const modified = dialog(page).getByTestId('import-diff').locator('.editor.modified .view-lines');
  await expect(modified).toContainText('"containerDefinitions"');
  await expect(modified).not.toContainText('taskDefinitionArn');
  await expect(dialog(page).getByRole('button', { name: `Apply ${total} of ${total} fixes` })).toBeVisible();

  await box.uncheck();
  // The diff's right side is now the document with the field kept.
  await expect(modified).toContainText('"taskDefinitionArn"');
  await expect(choices).toContainText(`${total - 1} of ${total} chosen`);
  await dialog(page)
    .getByRole('button', { name: `Apply ${total - 1} of ${total} fixes and replace document`, exact: true })
    .click();
  await expect(dialog(page)).toBeHidden();

  const want = applyImportFixes(r, new Set(optionalFixIds(r).filter((id) => id !== arnFix.id)));
  await expect.poll(() => editor.document()).toEqual(want);
  const got = await editor.document();
  const { taskDefinitionArn, ...rest } = got;
  expect(taskDefinitionArn).toBe(JSON.parse(text).taskDefinitionArn);
  // Every other fix is applied: without the kept field it is the all-accepted import.
  expect(rest).toEqual(r.document);
  // The problems list reports what is left.
  await expect(editor.problems).toContainText('"taskDefinitionArn", must be one of');

  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editor.document()).toEqual(before);
});

test('required steps are listed without a checkbox; Select none applies only them', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  // describe-task-definition --include TAGS: the tags come beside the task definition, not in it.
  const td = JSON.parse(text) as Record<string, unknown>;
  delete td.tags;
  const wrapped = JSON.stringify({ taskDefinition: td, tags: [{ key: 'team', value: 'a' }] });
  await previewPaste(page, wrapped);
  const required = dialog(page).getByRole('list', { name: 'Required steps' });
  await expect(required).toContainText('Took the task definition out of the {"taskDefinition": ...}');
  await expect(required).toContainText('Required:');
  await expect(required.getByRole('checkbox')).toHaveCount(0);
  const choices = dialog(page).getByRole('group', { name: /Optional fixes/ });
  await expect(choices.getByRole('checkbox', { name: /Moved the response's top-level tags/ })).toBeChecked();
  await choices.getByRole('button', { name: 'Select none' }).click();
  await expect(choices.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await dialog(page)
    .getByRole('button', { name: /^Apply 1 of \d+ fixes and replace document$/ })
    .click();
  // Only the unwrapping: the task definition exactly as described, no tags moved in.
  await expect.poll(() => editor.document()).toEqual(td);
});

test('untick a type coercion: the number stays a number and the problems list says so', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const copy = JSON.stringify(
    {
      family: 'console-copy',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: 256,
      memory: '512',
      taskRoleArn: null,
      containerDefinitions: [{ name: 'app', image: 'nginx', essential: 'true', mountPoints: [] }],
    },
    null,
    2,
  );
  await previewPaste(page, copy);
  const choices = dialog(page).getByRole('group', { name: /Optional fixes/ });
  await choices.getByRole('checkbox', { name: /Converted cpu from the number 256/ }).uncheck();
  await expect(dialog(page).getByTestId('import-diff').locator('.editor.modified .view-lines')).toContainText(
    '"cpu": 256,',
  );
  // Declined, the number is a problem again, and check()'s own repair for it is offered, unticked.
  await expect(
    dialog(page)
      .getByRole('group', { name: /Further repairs/ })
      .getByRole('checkbox', { name: /cpu$/ }),
  ).not.toBeChecked();
  await dialog(page).getByRole('button', { name: 'Apply 3 of 4 fixes and replace document' }).click();
  await expect.poll(async () => (await editor.document()).cpu).toBe(256);
  const doc = await editor.document();
  expect(doc.memory).toBe('512');
  expect(doc).not.toHaveProperty('taskRoleArn');
  expect(JSON.stringify(doc.containerDefinitions)).toBe('[{"name":"app","image":"nginx","essential":true}]');
  await expect(editor.problems).toContainText(/cpu/);
});
