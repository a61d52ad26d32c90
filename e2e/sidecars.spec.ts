import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';
import { check, SIDECAR_CATALOG } from '../src/domain/index.ts';

interface Container {
  name?: string;
  image?: string;
  links?: string[];
  environment?: { name: string; value: string }[];
  portMappings?: { containerPort?: number; hostPort?: number; protocol?: string }[];
}

const containersOf = (doc: Record<string, unknown>) => doc.containerDefinitions as Container[];
const byName = (doc: Record<string, unknown>, name: string) => containersOf(doc).find((c) => c.name === name);
const envOf = (c: Container | undefined, name: string) => c?.environment?.find((e) => e.name === name)?.value;
const errorsOf = (doc: Record<string, unknown>) => check(doc as never).filter((p) => p.severity === 'error');

/** Paste a document into the JSON pane and wait until the page has taken it. */
async function openWith(editor: EditorPage, doc: Record<string, unknown>): Promise<void> {
  await editor.open();
  await editor.pasteJson(JSON.stringify(doc, null, 2));
  await expect(editor.page.getByTestId('toolbar-family')).toHaveText(String(doc.family));
}

test('awsvpc: Add X-Ray sidecar shows the daemon in the form and the JSON; Remove restores the text', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const before = await editor.text();
  const tracing = page.getByRole('group', { name: 'Tracing' });
  await tracing.getByRole('button', { name: 'Add X-Ray sidecar', exact: true }).click();

  const form = page.getByRole('region', { name: 'Form' });
  await expect(form.getByRole('group', { name: 'Container xray-daemon' })).toBeVisible();
  await expect.poll(() => editor.text()).toContain('"xray-daemon"');
  const doc = JSON.parse(await editor.text()) as Record<string, unknown>;
  const daemon = byName(doc, 'xray-daemon');
  expect(daemon?.image).toBe(SIDECAR_CATALOG.xray.images[0]);
  expect(daemon?.portMappings).toEqual([{ containerPort: 2000, protocol: 'udp' }]);
  expect(containersOf(doc).some((c) => c.links !== undefined)).toBe(false);
  expect(envOf(byName(doc, 'web'), 'AWS_XRAY_DAEMON_ADDRESS')).toBe('127.0.0.1:2000');
  expect(errorsOf(doc)).toEqual([]);

  // The report: what changed, the end-of-support notice, the task role policy to copy.
  const report = page.getByRole('dialog', { name: `Added the ${SIDECAR_CATALOG.xray.label}.` });
  await expect(report).toContainText("Added container 'xray-daemon'");
  await expect(report).toContainText('end of support on 2027-02-25');
  await expect(report).toContainText('ADOT collector');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await report.getByRole('button', { name: 'Copy policy' }).click();
  await expect(report.getByRole('status')).toHaveText('Copied the AWSXRayDaemonWriteAccess policy');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(copied)).toEqual(SIDECAR_CATALOG.xray.taskRolePolicy.document);
  await report.getByRole('button', { name: 'Dismiss' }).click();
  await expect(report).toBeHidden();

  const remove = tracing.getByRole('button', { name: 'Remove X-Ray sidecar', exact: true });
  await expect(remove).toBeFocused();
  await remove.click();
  await expect.poll(() => editor.text()).toBe(before);
  await expect(form.getByRole('group', { name: 'Container xray-daemon' })).toHaveCount(0);
  await expect(tracing.getByRole('button', { name: 'Add X-Ray sidecar', exact: true })).toBeVisible();
});

test('bridge: the daemon is linked, addressed by name and gets a dynamic host port', async ({ page }) => {
  const editor = new EditorPage(page);
  await openWith(editor, {
    family: 'shop',
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    containerDefinitions: [
      {
        name: 'api',
        image: 'public.ecr.aws/docker/library/node:22',
        memory: 512,
        essential: true,
        portMappings: [{ containerPort: 8080, hostPort: 0, protocol: 'tcp' }],
        environment: [{ name: 'NODE_ENV', value: 'production' }],
      },
    ],
  });
  const before = await editor.text();
  await page.getByRole('button', { name: 'Add X-Ray sidecar', exact: true }).click();
  await expect.poll(() => editor.text()).toContain('"xray-daemon"');
  const doc = await editor.document();
  const api = byName(doc, 'api');
  expect(api?.links).toEqual(['xray-daemon']);
  expect(envOf(api, 'AWS_XRAY_DAEMON_ADDRESS')).toBe('xray-daemon:2000');
  expect(envOf(api, 'NODE_ENV')).toBe('production');
  expect(byName(doc, 'xray-daemon')?.portMappings).toEqual([
    { containerPort: 2000, hostPort: 0, protocol: 'udp' },
  ]);
  expect(errorsOf(doc)).toEqual([]);
  await expect(
    page.getByRole('region', { name: 'Form' }).getByRole('group', { name: 'Container xray-daemon' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Remove X-Ray sidecar', exact: true }).click();
  await expect.poll(() => editor.text()).toBe(before);
});

test('a collector that does not fit a 256/512 Fargate task: the bigger size is offered and applied', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await openWith(editor, {
    family: 'small',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    containerDefinitions: [
      {
        name: 'web',
        image: 'public.ecr.aws/nginx/nginx:1.27',
        essential: true,
        cpu: 128,
        memoryReservation: 256,
      },
    ],
  });
  const before = await editor.text();
  await page.getByRole('button', { name: 'Add OpenTelemetry collector', exact: true }).click();
  const refusal = page.getByRole('dialog', { name: `The ${SIDECAR_CATALOG.adot.label} was not added` });
  await expect(refusal.getByRole('alert')).toContainText(
    'The next valid Fargate size is 512 CPU units / 1024 MiB',
  );
  expect(await editor.text()).toBe(before);

  await refusal.getByRole('button', { name: 'Grow the task to 512/1024 and add', exact: true }).click();
  await expect(refusal).toBeHidden();
  await expect.poll(() => editor.text()).toContain('"aws-otel-collector"');
  const doc = await editor.document();
  expect(doc.cpu).toBe('512');
  expect(doc.memory).toBe('1024');
  expect(errorsOf(doc)).toEqual([]);
  await expect(page.getByRole('dialog', { name: /^Added the/ })).toContainText(
    'Grew the task cpu from "256" to "512"',
  );
  await expect(
    page.getByRole('button', { name: 'Remove OpenTelemetry collector', exact: true }),
  ).toBeFocused();
});

test('Download JSON after adding the daemon saves a file that passes check', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByRole('combobox', { name: 'Images from' }).selectOption('docker-hub');
  await page.getByRole('button', { name: 'Add X-Ray sidecar', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Remove X-Ray sidecar', exact: true })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('web.json');
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
  expect(byName(saved, 'xray-daemon')?.image).toBe('amazon/aws-xray-daemon:3.x');
  expect(envOf(byName(saved, 'web'), 'AWS_XRAY_DAEMON_ADDRESS')).toBe('127.0.0.1:2000');
  expect(errorsOf(saved)).toEqual([]);
});

test('the Tracing buttons work from the keyboard', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const add = page.getByRole('button', { name: 'Add OpenTelemetry collector', exact: true });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: 'Remove OpenTelemetry collector', exact: true }),
  ).toBeFocused();
  await expect.poll(() => editor.text()).toContain('"aws-otel-collector"');
  // Tab reaches the report; Escape closes it and puts the focus back on the button.
  const report = page.getByRole('dialog', { name: /^Added the/ });
  const copy = report.getByRole('button', { name: 'Copy policy' });
  for (let i = 0; i < 6 && !(await copy.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(report).toBeHidden();
  const remove = page.getByRole('button', { name: 'Remove OpenTelemetry collector', exact: true });
  await expect(remove).toBeFocused();
  // Enter again removes; Escape on the button closes that report as well.
  await page.keyboard.press('Enter');
  await expect.poll(() => editor.text()).not.toContain('"aws-otel-collector"');
  const removed = page.getByRole('dialog', { name: /^Removed the/ });
  await expect(removed).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(removed).toBeHidden();
  await expect(add).toBeFocused();
});

test('after adding the daemon, the report swaps it for the collector in one click', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByRole('button', { name: 'Add X-Ray sidecar', exact: true }).click();
  await expect.poll(() => editor.text()).toContain('"xray-daemon"');
  await page.getByRole('button', { name: 'Use the OpenTelemetry collector instead', exact: true }).click();
  await expect.poll(() => editor.text()).not.toContain('"xray-daemon"');
  const doc = await editor.document();
  expect(containersOf(doc).map((c) => c.name)).toEqual(['web', 'aws-otel-collector']);
  expect(envOf(byName(doc, 'web'), 'OTEL_EXPORTER_OTLP_ENDPOINT')).toBe('http://localhost:4318');
  expect(errorsOf(doc)).toEqual([]);
  await expect(page.getByRole('dialog', { name: /^Replaced the/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add X-Ray sidecar', exact: true })).toBeVisible();
});

for (const width of [1400, 600]) {
  test(`the report stays on screen in a ${String(width)} px wide window`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const editor = new EditorPage(page);
    await editor.open();
    await page.getByRole('button', { name: 'Add X-Ray sidecar', exact: true }).click();
    const box = await page.getByRole('dialog', { name: /^Added the/ }).boundingBox();
    expect(box).not.toBeNull();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(width);
  });
}

test('a daemon that arrives through the JSON pane turns the button into Remove', async ({ page }) => {
  const editor = new EditorPage(page);
  await openWith(editor, {
    family: 'hand-made',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '512',
    memory: '1024',
    containerDefinitions: [
      { name: 'web', image: 'public.ecr.aws/nginx/nginx:1.27', essential: true },
      { name: 'tracer', image: 'amazon/aws-xray-daemon:3.x', essential: false },
    ],
  });
  const remove = page.getByRole('button', { name: 'Remove X-Ray sidecar', exact: true });
  await expect(remove).toBeVisible();
  await remove.click();
  await expect.poll(async () => containersOf(await editor.document()).map((c) => c.name)).toEqual(['web']);
  await expect(page.getByRole('dialog', { name: /^Removed the/ })).toContainText(
    "Removed container 'tracer'",
  );
  await expect(page.getByRole('button', { name: 'Add X-Ray sidecar', exact: true })).toBeVisible();
});

test('adding the daemon is one undo step: Ctrl+Z outside the JSON pane, and the Undo button; redo brings it back', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const undoButton = page.getByRole('button', { name: 'Undo', exact: true });
  const redoButton = page.getByRole('button', { name: 'Redo', exact: true });
  await expect(undoButton).toBeDisabled();
  const before = await editor.document();
  const beforeText = await editor.text();

  await page.getByRole('button', { name: 'Add X-Ray sidecar', exact: true }).click();
  await expect.poll(() => editor.text()).toContain('"xray-daemon"');
  const after = await editor.document();
  const afterText = await editor.text();
  // The focus is on the Tracing button, outside the Monaco pane.
  const remove = page.getByRole('button', { name: 'Remove X-Ray sidecar', exact: true });
  await expect(remove).toBeFocused();

  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editor.document()).toEqual(before);
  await expect.poll(() => editor.text()).toBe(beforeText);
  // One step: nothing older is left to undo (the page opened with an empty history).
  await expect(undoButton).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Add X-Ray sidecar', exact: true })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Form' }).getByRole('group', { name: 'Container xray-daemon' }),
  ).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(() => editor.document()).toEqual(after);
  await expect.poll(() => editor.text()).toBe(afterText);
  await expect(redoButton).toBeDisabled();

  await undoButton.click();
  await expect.poll(() => editor.document()).toEqual(before);
  await expect.poll(() => editor.text()).toBe(beforeText);
  await expect(undoButton).toBeDisabled();
  await redoButton.click();
  await expect.poll(() => editor.document()).toEqual(after);
  await expect.poll(() => editor.text()).toBe(afterText);
  await expect(remove).toBeVisible();
});

test('the collector carries its config flag and health check, and the app starts after it', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByRole('button', { name: 'Add OpenTelemetry collector', exact: true }).click();
  await expect.poll(() => editor.text()).toContain('"aws-otel-collector"');
  const doc = await editor.document();
  const collector = byName(doc, 'aws-otel-collector') as Record<string, unknown> | undefined;
  expect(collector?.command).toEqual(['--config=/etc/ecs/ecs-default-config.yaml']);
  expect(collector?.healthCheck).toMatchObject({ command: ['CMD', '/healthcheck'] });
  expect(collector?.portMappings).toEqual([
    { containerPort: 4317, protocol: 'tcp' },
    { containerPort: 4318, protocol: 'tcp' },
    { containerPort: 2000, protocol: 'udp' },
  ]);
  const web = byName(doc, 'web') as (Container & { dependsOn?: unknown }) | undefined;
  expect(web?.dependsOn).toEqual([{ containerName: 'aws-otel-collector', condition: 'START' }]);
  expect(envOf(web, 'OTEL_EXPORTER_OTLP_ENDPOINT')).toBe('http://localhost:4318');
  expect(errorsOf(doc)).toEqual([]);
});

test('a container added after the daemon is flagged, wired in one click, and remove still restores it', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const original = await editor.document();
  await page.getByRole('button', { name: 'Add X-Ray sidecar', exact: true }).click();
  await expect.poll(() => editor.text()).toContain('"xray-daemon"');
  const late = { name: 'late', image: 'public.ecr.aws/docker/library/node:22', memoryReservation: 64 };
  const withLate = await editor.document();
  await editor.pasteJson(
    JSON.stringify({ ...withLate, containerDefinitions: [...containersOf(withLate), late] }, null, 2),
  );
  const wire = editor.problems.getByRole('button', { name: "Wire 'late' to 'xray-daemon'", exact: true });
  await wire.click();
  await expect
    .poll(async () => envOf(byName(await editor.document(), 'late'), 'AWS_XRAY_DAEMON_ADDRESS'))
    .toBe('127.0.0.1:2000');
  await expect(wire).toHaveCount(0);
  expect(errorsOf(await editor.document())).toEqual([]);

  await page.getByRole('button', { name: 'Remove X-Ray sidecar', exact: true }).click();
  await expect
    .poll(() => editor.document())
    .toEqual({ ...original, containerDefinitions: [...containersOf(original), late] });
});
