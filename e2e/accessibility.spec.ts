// Issue #3's layout: "readable in light and dark colour schemes. Keyboard-only use works; every control
// has a label." Checked on a document that opens every part of the form (all groups open), in both
// schemes, and in each toolbar dialog. No axe here: names come from Chromium's accessibility tree,
// contrast is WCAG's formula over the computed colours.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

const rich = {
  family: 'rich',
  requiresCompatibilities: ['EC2'],
  networkMode: 'bridge',
  cpu: '1024',
  memory: '2048',
  taskRoleArn: 'arn:aws:iam::123456789012:role/app',
  executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
  pidMode: 'task',
  ipcMode: 'task',
  placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.os-type == linux' }],
  tags: [{ key: 'team', value: 'a' }],
  proxyConfiguration: {
    type: 'APPMESH',
    containerName: 'web',
    properties: [{ name: 'IgnoredUID', value: '1337' }],
  },
  volumes: [
    { name: 'bind', host: { sourcePath: '/data' } },
    { name: 'docker', dockerVolumeConfiguration: { scope: 'shared', driver: 'local', autoprovision: true } },
    {
      name: 'efs',
      efsVolumeConfiguration: {
        fileSystemId: 'fs-1',
        transitEncryption: 'ENABLED',
        authorizationConfig: { accessPointId: 'fsap-1', iam: 'ENABLED' },
      },
    },
  ],
  containerDefinitions: [
    {
      name: 'web',
      image: 'nginx',
      essential: true,
      cpu: 256,
      memory: 512,
      memoryReservation: 256,
      portMappings: [
        { containerPort: 80, hostPort: 8080, protocol: 'tcp', name: 'http', appProtocol: 'http' },
      ],
      environment: [{ name: 'A', value: '1' }],
      environmentFiles: [{ value: 'arn:aws:s3:::bucket/app.env', type: 's3' }],
      secrets: [{ name: 'S', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/x' }],
      command: ['serve'],
      entryPoint: ['/bin/app'],
      workingDirectory: '/srv',
      user: '1000',
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': 'g', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'p' },
      },
      healthCheck: { command: ['CMD-SHELL', 'true'], interval: 30, timeout: 5, retries: 3, startPeriod: 0 },
      dependsOn: [{ containerName: 'side', condition: 'START' }],
      links: ['side'],
      mountPoints: [{ sourceVolume: 'bind', containerPath: '/data', readOnly: true }],
      volumesFrom: [{ sourceContainer: 'side', readOnly: true }],
      ulimits: [{ name: 'nofile', softLimit: 1024, hardLimit: 2048 }],
      readonlyRootFilesystem: true,
      startTimeout: 10,
      stopTimeout: 10,
      dockerLabels: { tier: 'web' },
      restartPolicy: { enabled: true, ignoredExitCodes: [0], restartAttemptPeriod: 60 },
      notModelled: 1,
    },
    { name: 'side', image: 'busybox', essential: false, memory: 128 },
  ],
};

const CONTROL_ROLES = new Set([
  'button',
  'checkbox',
  'combobox',
  'link',
  'listbox',
  'menuitem',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'textbox',
  'DisclosureTriangle', // a <summary>
]);

interface AxNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
}

/** Controls in the page's accessibility tree (what a screen reader is given) that have no name. */
async function unnamedControls(page: Page): Promise<{ count: number; unnamed: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  const controls = nodes.filter((n) => !n.ignored && CONTROL_ROLES.has(n.role?.value ?? ''));
  return {
    count: controls.length,
    unnamed: controls.filter((n) => !(n.name?.value ?? '').trim()).map((n) => n.role?.value ?? '?'),
  };
}

async function openRich(page: Page): Promise<EditorPage> {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(rich, null, 2));
  await expect(editor.family).toHaveValue('rich');
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  await expect(page.getByRole('textbox', { name: 'Health check command' }).first()).toBeVisible();
  return editor;
}

test('every control in the page and in each toolbar dialog has an accessible name', async ({ page }) => {
  await openRich(page);
  const main = await unnamedControls(page);
  expect(main.count).toBeGreaterThan(150); // the whole form is open
  expect(main.unnamed).toEqual([]);
  for (const name of ['Drafts', 'Import', 'New from template', 'Paste your error', 'Export', 'Share link']) {
    await page.getByRole('button', { name, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const inDialog = await unnamedControls(page); // a modal dialog makes the rest of the page inert
    expect(inDialog.count, name).toBeGreaterThan(1);
    expect(inDialog.unnamed, name).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

/** Text (outside the code editor's own theme) whose contrast with its background is under 4.5:1. */
function lowContrastText(): string[] {
  type Rgb = { r: number; g: number; b: number; a: number };
  const parse = (c: string): Rgb => {
    const [r = 0, g = 0, b = 0, a = 1] = (c.match(/[\d.]+/g) ?? []).map(Number);
    return { r, g, b, a };
  };
  const channel = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const lum = (c: Rgb): number => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  const background = (el: Element): Rgb => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.a > 0.5) return c;
    }
    return parse(getComputedStyle(document.documentElement).backgroundColor);
  };
  const out: string[] = [];
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || seen.has(el) || !n.textContent?.trim()) continue;
    seen.add(el);
    // Monaco's own themes (vs, vs-dark); disabled controls are exempt from the contrast minimum.
    if (el.closest('.monaco-editor, :disabled, option')) continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
    const a = lum(parse(style.color));
    const b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) out.push(`${ratio.toFixed(2)}:1 "${n.textContent.trim().slice(0, 40)}"`);
  }
  return out;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`text is readable in the ${colorScheme} scheme (contrast of at least 4.5:1)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openRich(page);
    await page.getByRole('combobox', { name: 'Network mode' }).selectOption('awsvpc'); // errors, disabled fields
    await expect(
      page.getByRole('group', { name: 'Container web' }).getByRole('textbox', { name: 'Links' }),
    ).toBeDisabled();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe(colorScheme === 'dark' ? 'rgb(20, 23, 27)' : 'rgb(246, 247, 249)');
    expect(await page.evaluate(lowContrastText)).toEqual([]);
  });
}

test('keyboard only: from the form into the JSON pane, out with Ctrl+M, to a problem and its field', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByRole('combobox', { name: 'Network mode' }).selectOption('bridge');
  const problem = editor.problems.getByRole('button', { name: /Fargate only supports network mode/ });
  await expect(problem).toBeVisible();

  await page.getByRole('button', { name: 'Add container' }).focus();
  await page.keyboard.press('Tab');
  await expect(editor.jsonRegion.getByRole('textbox', { name: 'Task definition JSON text' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+M'); // Tab moves focus instead of indenting
  await page.keyboard.press('Tab');
  await expect(problem).toBeFocused();
  await page.keyboard.press('Tab');
  const fix = editor.problems.getByRole('button', { name: 'Set networkMode to awsvpc', exact: true });
  await expect(fix).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter'); // go to the field
  await expect(page.getByRole('combobox', { name: 'Network mode' })).toBeFocused();
  await fix.focus();
  await page.keyboard.press('Enter'); // the quick fix
  await expect.poll(async () => (await editor.document()).networkMode).toBe('awsvpc');
});
