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
    { code: 'unknown-parameter', where: positionOf(text, '"imagex"') }, // the key, not its value
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

/** A marker's range, start and end (the test hook's end fields). */
interface Span {
  owner: string;
  code: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const spans = (page: import('@playwright/test').Page): Promise<Span[]> =>
  page.evaluate(() => window.__taskdef!.getMarkers() as Span[]);

/** The range `needle` covers in the text, in the marker's terms (end column exclusive). */
function spanOf(text: string, needle: string): Omit<Span, 'owner' | 'code'> {
  const start = positionOf(text, needle);
  return { ...start, endLine: start.line, endColumn: start.column + needle.length };
}

const rangeOf = (m: Span): Omit<Span, 'owner' | 'code'> => ({
  line: m.line,
  column: m.column,
  endLine: m.endLine,
  endColumn: m.endColumn,
});

test('a finding about a key is marked on the key, one about a value on the value', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const text = JSON.stringify({ ...doc, revision: 3 }, null, 2); // revision: read-only (describe output)
  await editor.pasteJson(text);
  await expect(editor.family).toHaveValue('markers');
  const expected = [
    { code: 'unknown-parameter', range: spanOf(text, '"imagex"') },
    { code: 'read-only-field', range: spanOf(text, '"revision"') },
    { code: 'invalid-type', range: spanOf(text, '"yes"') },
  ];
  await expect
    .poll(async () => {
      const markers = await spans(page);
      return expected.map((e) =>
        markers.filter((m) => m.code === e.code && m.line === e.range.line).map(rangeOf),
      );
    })
    .toEqual(expected.map((e) => [e.range]));

  // The hover over the unknown key tells what is wrong with it.
  await editor.jsonRegion.locator('.view-line', { hasText: '"imagex"' }).getByText('"imagex"').hover();
  const hover = editor.jsonRegion.locator('.monaco-hover').first();
  await expect(hover).toContainText('Unknown parameter');
});

test('while the text does not parse only the syntax error is marked; rule markers return after', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const text = JSON.stringify(doc, null, 2);
  await editor.pasteJson(text);
  await expect(editor.family).toHaveValue('markers');
  const unknownKey = spanOf(text, '"imagex"');
  const ruleMarkers = async (): Promise<Span[]> =>
    (await spans(page)).filter((m) => m.owner === 'taskdef-rules');
  await expect.poll(async () => (await ruleMarkers()).length).toBeGreaterThanOrEqual(5);
  const before = (await ruleMarkers()).map((m) => `${m.code} ${JSON.stringify(rangeOf(m))}`).sort();

  // Break the text on the family line: a stray character after its comma.
  const familyLine = editor.jsonRegion.locator('.view-line', { hasText: '"family"' }).getByText('"markers"');
  await familyLine.click();
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  await expect.poll(async () => (await spans(page)).map((m) => m.code)).toEqual(['json-syntax']);
  await expect(editor.jsonRegion.getByRole('status')).toContainText(
    'The form and the problems list keep the last valid document',
  );
  // The problems list still lists the last good document's problems.
  await expect(editor.problems).toContainText('Unknown parameter');
  // Typing on while the text is broken brings no stale marker back.
  await page.keyboard.type('yz');
  await expect.poll(() => editor.text()).toContain('"markers",xyz');
  expect((await spans(page)).map((m) => m.code)).toEqual(['json-syntax']);

  // Delete the stray characters: the text parses again (the same document), every rule marker is back.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await expect.poll(() => editor.text()).toBe(text);
  await expect
    .poll(async () => (await ruleMarkers()).map((m) => `${m.code} ${JSON.stringify(rangeOf(m))}`).sort())
    .toEqual(before);
  expect((await spans(page)).filter((m) => m.owner !== 'taskdef-rules')).toEqual([]);
  expect((await ruleMarkers()).filter((m) => m.code === 'unknown-parameter').map(rangeOf)).toEqual([
    unknownKey,
  ]);

  // Broken again (the comma deleted), then mended into a different document: its markers come.
  await page.keyboard.press('Backspace');
  await expect.poll(async () => (await spans(page)).map((m) => m.code)).toEqual(['json-syntax']);
  await page.keyboard.insertText(', "image": "nginx:1.27",');
  const mended = text.replace('"family": "markers",', '"family": "markers", "image": "nginx:1.27",');
  await expect.poll(() => editor.text()).toBe(mended);
  await expect(editor.jsonRegion.getByRole('status')).toHaveCount(0);
  await expect
    .poll(async () =>
      (await ruleMarkers())
        .filter((m) => m.code === 'unknown-parameter')
        .map(rangeOf)
        .sort((a, b) => a.line - b.line),
    )
    .toEqual([spanOf(mended, '"image"'), spanOf(mended, '"imagex"')]);
  expect((await spans(page)).filter((m) => m.owner !== 'taskdef-rules')).toEqual([]);
});

test('clicking a problem about a key selects the key, where its quick fix is offered', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const text = JSON.stringify(doc, null, 2);
  await editor.pasteJson(text);
  await expect(editor.family).toHaveValue('markers');
  await editor.problems
    .getByRole('button', { name: /Unknown parameter in containerDefinitions\[0\]/ })
    .click();
  const key = spanOf(text, '"imagex"');
  // The selection ends where the key ends (the cursor is at its end), not at the end of its value.
  await expect.poll(() => editor.position()).toEqual({ line: key.endLine, column: key.endColumn });
  await editor.jsonRegion.getByRole('textbox').focus();
  await page.keyboard.press('ControlOrMeta+.');
  await page.locator('.action-widget').getByText('Rename "imagex" to "image"').click();
  await expect.poll(() => editor.text()).toContain('"image": "nginx:1.27"');
});
