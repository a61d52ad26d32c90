// One problem, one marker: the JSON pane's markers are the core's (its syntax error and check()'s
// problems). Monaco's own JSON-schema validation stays off, so a wrong type, an enum value, a null, a
// missing member or an unknown key is not marked a second time in other words; the schema still drives
// completion and hover.
import { test, expect } from './fixtures.ts';
import { EditorPage, type Marker } from './pages/editor-page.ts';

const doc = {
  family: 'markers',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpcx', // not a member of the enum
  taskRoleArn: null, // null where a string belongs
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    {
      name: 'web',
      imagex: 'nginx:1.27', // an unknown key (and so no image)
      essential: 'yes', // a string where a boolean belongs
      secrets: [{ name: 'DB_PASSWORD' }], // valueFrom missing
    },
  ],
};

/** The 1-based line and column where `needle` starts in the text. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

const at = (markers: Marker[], p: { line: number; column: number }): Marker[] =>
  markers.filter((m) => m.line === p.line && m.column === p.column);

test('each problem in the JSON is marked once, by the core', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const text = JSON.stringify(doc, null, 2);
  await editor.pasteJson(text);
  await expect(editor.family).toHaveValue('markers');
  const expected = [
    { code: 'invalid-value', where: positionOf(text, '"awsvpcx"') },
    { code: 'invalid-type', where: positionOf(text, 'null') },
    { code: 'invalid-type', where: positionOf(text, '"yes"') },
    { code: 'unknown-parameter', where: positionOf(text, '"nginx:1.27"') }, // the path's value
    { code: 'missing-required', where: positionOf(text, '{\n          "name": "DB_PASSWORD"') },
  ];
  await expect
    .poll(async () => {
      const markers = await editor.markers();
      return expected.every((e) => at(markers, e.where).some((m) => m.code === e.code));
    })
    .toBe(true);

  // Hovering the wrong value asks the JSON worker (so its diagnostics, were they on, would be in by
  // now): the hover shows the core's message and the schema's description, and no second opinion.
  const value = editor.jsonRegion.locator('.view-line', { hasText: '"essential"' }).getByText('"yes"');
  await value.hover();
  const hover = editor.jsonRegion.locator('.monaco-hover').first();
  await expect(hover).toContainText('Invalid type for parameter containerDefinitions[0].essential');
  await expect(hover).toContainText('the whole task stops when this container stops'); // the schema's description
  await expect(hover).not.toContainText('Incorrect type');

  const markers = await editor.markers();
  expect(markers.filter((m) => m.owner !== 'taskdef-rules')).toEqual([]);
  for (const e of expected) expect(at(markers, e.where).map((m) => m.code)).toEqual([e.code]);
});

test('a syntax error is marked once and completion still comes from the schema', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const text = '{"family": "x" "containerDefinitions": [{"name": "a", '; // a comma missing
  await editor.pasteJson(text);
  const where = positionOf(text, '"containerDefinitions"');
  await expect
    .poll(async () => at(await editor.markers(), where).map((m) => m.code))
    .toEqual(['json-syntax']);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ControlOrMeta+Space');
  await expect(editor.jsonRegion.locator('.suggest-widget')).toContainText('dependsOn');
  await page.keyboard.press('Escape');
  // The hover over the error lists the markers there: the core's one, and not the JSON worker's own.
  await editor.jsonRegion.locator('.view-line').first().getByText('"containerDefinitions"').hover();
  const hover = editor.jsonRegion.locator('.monaco-hover').first();
  await expect(hover).toContainText('A comma is expected');
  await expect(hover).not.toContainText('Expected comma');
  const markers = await editor.markers();
  expect(markers.filter((m) => m.owner !== 'taskdef-rules' && m.owner !== 'taskdef-syntax')).toEqual([]);
  expect(at(markers, where).map((m) => m.code)).toEqual(['json-syntax']);
});
