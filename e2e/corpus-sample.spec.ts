// A first user's pass over real task definitions from ../shared/corpus, in one page: each file is
// pasted into the JSON pane (JSON) or brought in with Import (YAML, CloudFormation, container lists).
// Then the form shows each container's name and image, the Problems list and the pane's markers are
// what `taskdef check` answers for the same text, Download JSON gives back the pane's document, and
// Fix all gives the document `taskdef fix` gives for the file.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { check, exportJson, importText, isJsonObject, own, type JsonObject } from '../src/domain/index.ts';
import { main } from '../src/cli/main.ts';
import { captureIo } from '../src/cli/test-io.ts';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

const CORPUS = `${process.cwd()}/../shared/corpus/`;

/** How the user brings the file in: pasted into the JSON pane, or through the Import dialog. */
type Way = 'paste' | 'import';

/** Chosen by MANIFEST features: Fargate, EC2 bridge, Windows, CloudFormation, describe, FireLens, EFS, secrets. */
const SAMPLE: readonly [string, Way][] = [
  ['aws-actions__amazon-ecs-render-task-definition__task-definition.json', 'paste'], // Fargate, 2 containers
  [
    'aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__cloudwatchlogs-emf__emf-over-tcp__task-definition-bridge.json',
    'paste',
  ], // EC2 bridge, links, FireLens
  [
    'aws__amazon-ecs-agent__agent__functional_tests__testdata__taskdefinitions__gmsa-localfile__task-definition.json',
    'paste',
  ], // Windows gMSA
  [
    'aws__amazon-ecs-agent__agent__functional_tests__testdata__taskdefinitions__container-ordering-timedout-windows__task-definition.json',
    'paste',
  ], // Windows dependsOn
  [
    'aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__parse-envoy-app-mesh__appmesh-firelens-colorteller-black-ecs-task-def.json',
    'paste',
  ], // Fargate App Mesh + FireLens
  [
    'aws__aws-for-fluent-bit__troubleshooting__tutorials__remote-core-dump__ecs-fargate-task-def.json',
    'paste',
  ], // EFS
  [
    'aws__amazon-ecs-agent__agent__functional_tests__testdata__taskdefinitions__secrets-environment-variables__task-definition.json',
    'paste',
  ], // secrets
  [
    'aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__newrelic__example-task-definition.json',
    'paste',
  ], // "1 vcpu" / "2 gb"
  ['AGHCampus__server__.aws__task-definition.json', 'paste'], // describe output with read-only fields
  [
    'cloud-custodian__cloud-custodian__tests__data__placebo__test_ecs_task_def_delete_permanently__ecs.DescribeTaskDefinition_1.json',
    'paste',
  ], // recorded describe response in its envelope
  ['kayac__ecspresso__tests__td.json', 'paste'], // wrapped describe with tags
  [
    'aws-cloudformation__aws-cloudformation-templates__ECS__FargateLaunchType__services__public-service.yaml',
    'import',
  ], // CloudFormation YAML
  [
    'aws__copilot-cli__internal__pkg__deploy__cloudformation__stack__testdata__workloads__windows-svc-test.stack.yml',
    'import',
  ], // CloudFormation YAML, Windows on Fargate
  ['aws-samples__aws-ecs-windows-aspnet__Cloudformation template__aspnetwincontainer.json', 'import'], // CloudFormation JSON
  ['lupinthe14th__ptodo__container_definitions.json', 'import'], // a bare container list
];

interface Row {
  readonly severity: string;
  readonly message: string;
  readonly path: string;
}

const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import a task definition' });

/** What `taskdef check --format json` answers for the file: its problem codes, sorted. */
async function cliCodes(file: string): Promise<string[]> {
  const io = captureIo();
  await main(['check', '--format', 'json', file], io);
  const report = JSON.parse(io.out) as { problems: { code: string }[] };
  return report.problems.map((p) => p.code).sort();
}

async function listedProblems(editor: EditorPage): Promise<Row[]> {
  return editor.problems.getByRole('listitem').evaluateAll((items) =>
    items.map((li) => ({
      severity: /problem-(error|warning|info)/.exec(li.getAttribute('class') ?? '')?.[1] ?? '',
      message: li.querySelector('.problem-message')?.textContent ?? '',
      path: li.querySelector('.problem-path')?.textContent ?? '',
    })),
  );
}

function rowsOf(doc: JsonObject): Row[] {
  return check(doc).map((p) => ({
    severity: p.severity,
    message: p.message,
    path: p.path === '' ? '(document)' : p.path,
  }));
}

async function expectProblemsOf(editor: EditorPage, doc: JsonObject): Promise<void> {
  const want = rowsOf(doc);
  if (want.length === 0) await expect(editor.problems).toContainText('No problems found');
  else await expect.poll(() => listedProblems(editor)).toEqual(want);
  const codes = check(doc)
    .map((p) => p.code)
    .sort();
  await expect.poll(async () => (await editor.markers()).map((m) => m.code).sort()).toEqual(codes);
}

async function expectContainersShown(page: Page, doc: JsonObject): Promise<void> {
  const list = own(doc, 'containerDefinitions');
  const containers = Array.isArray(list) ? list.filter(isJsonObject) : [];
  expect(containers.length).toBeGreaterThan(0);
  for (const c of containers) {
    const name = own(c, 'name');
    const image = own(c, 'image');
    if (typeof name !== 'string') continue;
    const card = page.getByRole('group', { name: `Container ${name}`, exact: true });
    await expect(card.getByRole('textbox', { name: 'Container name' })).toHaveValue(name);
    await expect(card.getByRole('textbox', { name: 'Image' })).toHaveValue(
      typeof image === 'string' ? image : '',
    );
  }
}

/** The document `taskdef fix --format json` gives for the file. */
async function cliFixed(file: string): Promise<JsonObject> {
  const io = captureIo();
  await main(['fix', '--format', 'json', file], io);
  const report = JSON.parse(io.out) as { document: JsonObject };
  return report.document;
}

async function expectDownloadIsPaneDocument(page: Page, editor: EditorPage): Promise<void> {
  const pane = (await editor.document()) as JsonObject;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toBe(exportJson(pane));
  expect(JSON.parse(saved)).toEqual(JSON.parse(exportJson(pane)));
}

test('a sample of the corpus: paste or import, form, problems, download', async ({ page }) => {
  test.setTimeout(120_000);
  const editor = new EditorPage(page);
  await editor.open();
  for (const [name, way] of SAMPLE) {
    const text = readFileSync(CORPUS + name, 'utf8');
    await test.step(`${way} ${name}`, async () => {
      if (way === 'paste') {
        await editor.pasteJson(text);
        const pasted = JSON.parse(text) as JsonObject;
        await expect.poll(() => editor.document()).toEqual(pasted);
        // The pane and `taskdef check` of the same text report the same problems.
        expect(
          check(pasted)
            .map((p) => p.code)
            .sort(),
          'taskdef check',
        ).toEqual(await cliCodes(CORPUS + name));
        await expectProblemsOf(editor, pasted);
        if (Array.isArray(own(pasted, 'containerDefinitions'))) await expectContainersShown(page, pasted);
        else {
          // describe output in its wrapper: Fix all takes the task definition out, as import would.
          await page.getByRole('button', { name: 'Fix all', exact: true }).click();
          await expect
            .poll(async () => Array.isArray((await editor.document()).containerDefinitions))
            .toBe(true);
          await expectContainersShown(page, (await editor.document()) as JsonObject);
        }
      } else {
        const imported = importText(text);
        if (!imported.ok) throw new Error(imported.error.message);
        await page.getByRole('button', { name: 'Import', exact: true }).click();
        const box = importDialog(page).getByRole('textbox', { name: /Paste JSON or YAML/ });
        await box.fill(text);
        await importDialog(page).getByRole('button', { name: 'Preview import' }).click();
        // Read the diff before replacing, as a user does (replacing before it is drawn: see the report).
        const diff = importDialog(page).getByTestId('import-diff');
        await expect(diff.locator('.editor.modified .view-lines')).toContainText('"containerDefinitions"');
        await expect(diff.locator('.line-insert, .line-delete').first()).toBeAttached();
        await importDialog(page)
          .getByRole('button', { name: /replace document/i })
          .click();
        await expect(importDialog(page)).toBeHidden();
        await expect.poll(() => editor.document()).toEqual(imported.document);
        await expectProblemsOf(editor, imported.document);
        expect(
          check(imported.document)
            .map((p) => p.code)
            .sort(),
          'taskdef check',
        ).toEqual(await cliCodes(CORPUS + name));
        await expectContainersShown(page, imported.document);
      }
      await expectDownloadIsPaneDocument(page, editor);
      // Fix all in the page and `taskdef fix` on the file give the same register-ready document.
      await page.getByRole('button', { name: 'Fix all', exact: true }).click();
      const fixed = exportJson(await cliFixed(CORPUS + name));
      await expect.poll(async () => exportJson((await editor.document()) as JsonObject)).toBe(fixed);
      await expectDownloadIsPaneDocument(page, editor);
    });
  }
});
