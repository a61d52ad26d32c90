// Text pasted into the pane that is not a task definition in JSON, but that Import reads: a bare list
// of container definitions, YAML, JSON with comments. The pane says what it is and converts it in one
// click (one undo step); meanwhile the Problems list leads with the syntax error instead of calling
// the last valid document "ready to register".
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

test('a pasted list of containers: the problems list says the text does not parse, one click wraps it', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.typeJson(
    '{"family": "clean", "containerDefinitions": [{"name": "web", "image": "nginx", "memory": 512, "essential": true}]}',
  );
  await expect(
    editor.problems.getByText('No problems found. This definition is ready to register.'),
  ).toBeVisible();

  await editor.pasteJson('[{"name": "api", "image": "example/api:1", "memory": 256}]');
  await expect(
    editor.jsonRegion.getByText(/list of container definitions, not a task definition/),
  ).toBeVisible();
  // The problems list no longer claims the document is ready while the text it shows does not parse.
  await expect(editor.problems.getByText(/ready to register/)).toBeHidden();
  const textError = editor.problems.getByRole('button', { name: /The JSON text does not parse/ });
  await expect(textError).toContainText('The last valid document had no problems.');
  await expect(textError).toContainText('line 1, column 1');
  await expect(editor.problems.getByRole('heading', { name: /Problems/ })).toContainText('1 error');
  expect((await editor.document()).family).toBe('clean'); // nothing lost meanwhile

  await editor.jsonRegion.getByRole('button', { name: 'Wrap in a task definition' }).click();
  await expect.poll(async () => (await editor.document()).family).toBe('api');
  expect((await editor.document()).containerDefinitions).toEqual([
    { name: 'api', image: 'example/api:1', memory: 256 },
  ]);
  await expect(editor.family).toHaveValue('api');
  await expect(textError).toBeHidden();
  await expect(editor.jsonRegion.getByText(/Syntax error|list of container definitions/)).toBeHidden();

  // One undo step: back to the pasted list, as it was pasted.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => editor.text()).toBe('[{"name": "api", "image": "example/api:1", "memory": 256}]');
  await expect(textError).toBeVisible();
});

test('clicking the syntax error in the problems list puts the cursor on it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.typeJson('{"family": "web", "cpu": 256 "memory": "512"}');
  const textError = editor.problems.getByRole('button', { name: /The JSON text does not parse/ });
  await expect(textError).toContainText('line 1, column 30');
  await textError.click();
  await expect.poll(() => editor.position()).toEqual({ line: 1, column: 30 });
  // No conversion is offered for plain broken JSON.
  await expect(editor.jsonRegion.getByRole('button', { name: /Wrap|Convert|Remove comments/ })).toHaveCount(
    0,
  );
});

test('YAML and JSON with comments pasted into the pane convert in one click', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(
    'family: from-yaml\ncontainerDefinitions:\n  - name: app\n    image: nginx\n    memory: 512\n',
  );
  await expect(editor.jsonRegion.getByText(/not JSON: if it is YAML/)).toBeVisible();
  await editor.jsonRegion.getByRole('button', { name: 'Convert from YAML' }).click();
  await expect.poll(async () => (await editor.document()).family).toBe('from-yaml');
  await expect.poll(() => editor.text()).toContain('"family": "from-yaml"');

  await editor.pasteJson(
    '{\n  // our web task\n  "family": "commented",\n  "containerDefinitions": [{"name": "a", "image": "b", "memory": 128,}],\n}',
  );
  await editor.jsonRegion.getByRole('button', { name: 'Remove comments and trailing commas' }).click();
  await expect.poll(async () => (await editor.document()).family).toBe('commented');
  expect(await editor.text()).not.toContain('//');
});
