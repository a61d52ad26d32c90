// The page's Content-Security-Policy allows only its own origin, no inline script and no eval; using
// every part of the page (form, paste, the JSON pane's completion, hover and quick fixes, the problems
// list, Fix all) must not trip it. The fixture separately fails on any request to another origin.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as unguarded } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

const broken = {
  family: 'csp-check',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'bridge',
  cpu: '1024',
  memory: '1024',
  containerDefinitions: [
    {
      name: 'web',
      image: 'nginx:1.27',
      essential: true,
      portMappings: [{ containerPort: 80, hostPort: 8080 }],
    },
  ],
};

function policyOf(html: string): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

test('the built page declares a strict policy', () => {
  const html = readFileSync(
    path.resolve(process.cwd(), process.env.E2E_DIST ?? 'dist-e2e', 'index.html'),
    'utf8',
  );
  const csp = policyOf(html);
  expect(csp.get('default-src')).toEqual(["'none'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(csp.get('worker-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'none'"]);
  // No inline script at all: every <script> has a src on this origin.
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/src="\/assets\//);
});

test('using the whole page raises no CSP violation', async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const consoleCsp: string[] = [];
  page.on('console', (msg) => {
    if (/Content[- ]Security[- ]Policy|unsafe-eval|unsafe-inline/i.test(msg.text()))
      consoleCsp.push(msg.text());
  });
  const editor = new EditorPage(page);
  await editor.open();

  // Type in the form, paste in the pane.
  await editor.family.fill('typed-in-form');
  await expect.poll(() => editor.text()).toContain('typed-in-form');
  await editor.typeJson('{"family": "x", "containerDefinitions": [{"name": "a", ');
  await page.keyboard.press('ControlOrMeta+Space');
  await expect(editor.jsonRegion.locator('.suggest-widget')).toContainText('dependsOn');
  await page.keyboard.press('Escape');
  await editor.pasteJson(JSON.stringify(broken, null, 2));
  await expect(editor.family).toHaveValue('csp-check');

  // Hover and completion in the pane (Monaco renders both as DOM from its workers' answers).
  await expect
    .poll(async () => (await editor.markers()).some((m) => m.code === 'fargate-network-mode'))
    .toBe(true);
  await editor.jsonRegion.locator('.view-line', { hasText: '"bridge"' }).getByText('"bridge"').hover();
  await expect(editor.jsonRegion.locator('.monaco-hover').first()).toBeVisible();
  await editor.jsonRegion.locator('.view-line', { hasText: '"bridge"' }).getByText('"bridge"').click();
  await page.keyboard.press('ControlOrMeta+.');
  await page.locator('.action-widget').getByText('Set networkMode to awsvpc').click();
  await expect.poll(() => editor.text()).toContain('"networkMode": "awsvpc"');

  // A fix from the problems list, then Fix all.
  await editor.problems
    .getByRole('button', { name: /Set hostPort/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Fix all' }).click();
  await expect(page.getByRole('status').filter({ hasText: /fix/i }).first()).toBeVisible();

  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(consoleCsp).toEqual([]);
});

// Without the fixture's guard: the violations this provokes on purpose would fail it.
unguarded('the policy is enforced: inline script and a foreign fetch are refused', async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(e.violatedDirective);
    });
  });
  const editor = new EditorPage(page);
  await editor.open();
  // (eval cannot be probed from here: DevTools evaluation is exempt from the page's policy.)
  const inline = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    return (window as unknown as { __inline?: number }).__inline;
  });
  expect(inline).toBeUndefined();
  const fetched = await page.evaluate(() =>
    fetch('https://example.com/collect').then(
      () => 'sent',
      () => 'refused',
    ),
  );
  expect(fetched).toBe('refused');
  await expect
    .poll(() => page.evaluate(() => window.__cspViolations ?? []))
    .toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
});
