// Form edits reach the pane's text without entries in Monaco's own undo stack (Ctrl+Z goes to the
// document history while the text parses). Monaco's undo, used while the text does not parse, must
// still undo exactly the typing that broke it, on top of the form edits made before.
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

test('typing, a form edit, then text that does not parse: Ctrl+Z undoes the breaking typing only', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.typeJson('{"family": "typed", "containerDefinitions": [{"name": "web", "image": "nginx"}]}');
  await expect.poll(async () => (await editor.document()).family).toBe('typed');
  await editor.family.fill('formed');
  await expect.poll(() => editor.text()).toContain('"family": "formed"');
  await editor.jsonRegion.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' oops');
  await expect(editor.jsonRegion.getByText(/Syntax error/)).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor.jsonRegion.getByText(/Syntax error/)).toBeHidden();
  expect(await editor.text()).toBe(
    '{"family": "formed", "containerDefinitions": [{"name": "web", "image": "nginx"}]}',
  );
  // The text parses again: the next Ctrl+Z is the document's, and takes back the form edit.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await editor.document()).family).toBe('typed');
  await expect(editor.family).toHaveValue('typed');
});
