// Share links: the document travels in the URL fragment only, opens in a new page, is redacted as
// chosen, and a broken link says so and keeps the current document.
import type { BrowserContext, Page, Request } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';
import { redactForSharing, type JsonObject } from '../src/domain/index.ts';

const doc: JsonObject = {
  family: 'payments',
  executionRoleArn: 'arn:aws:iam::123456789012:role/paymentsExecution',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    {
      name: 'app',
      image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/payments:7',
      essential: true,
      environment: [
        { name: 'DB_PASSWORD', value: 'correct-horse-battery-staple' },
        { name: 'GREETING', value: 'Grüße, 東京 🚀 <b>bold</b>' },
      ],
    },
  ],
};

/** Every request the browser context makes, from any page. */
function recordRequests(context: BrowserContext): Request[] {
  const seen: Request[] = [];
  context.on('request', (r) => seen.push(r));
  return seen;
}

async function expectNoRequestCarries(requests: readonly Request[], secret: string): Promise<void> {
  expect(requests.length).toBeGreaterThan(0);
  for (const r of requests) {
    expect(r.url()).not.toContain(secret);
    expect(r.url()).not.toContain('#doc=');
    const headers = await r.allHeaders();
    expect(JSON.stringify(headers)).not.toContain(secret);
    expect(r.postData() ?? '').not.toContain(secret);
  }
}

async function makeLink(page: Page, document: JsonObject, options: { env: boolean; accounts: boolean }) {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(document, null, 2));
  await expect.poll(() => editor.document()).toEqual(document);
  await page.getByRole('button', { name: 'Share link', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  const env = dialog.getByRole('checkbox', { name: 'Redact environment values' });
  await expect(env).toBeChecked();
  await env.setChecked(options.env);
  await dialog.getByRole('checkbox', { name: 'Redact account IDs' }).setChecked(options.accounts);
  const field = dialog.getByRole('textbox', { name: 'Link' });
  await expect(field).toHaveValue(/#doc=1[A-Za-z0-9_-]+$/);
  const url = await field.inputValue();
  await expect(dialog).toContainText(`${url.length.toLocaleString('en')} characters`);
  return { editor, dialog, url };
}

/** Opens the link in a new page of the same browser, and returns that page's document. */
async function openInNewPage(context: BrowserContext, url: string): Promise<{ page: Page; doc: JsonObject }> {
  const fresh = await context.newPage();
  const errors: string[] = [];
  fresh.on('pageerror', (e) => errors.push(String(e)));
  await fresh.goto(url);
  await expect(
    fresh.getByRole('status').filter({ hasText: 'Opened the task definition from the share link' }),
  ).toBeVisible();
  await fresh.waitForFunction(() => window.__taskdef !== undefined);
  const shared: JsonObject = await fresh.evaluate(() => window.__taskdef!.getDocument());
  // The fragment has been read and taken out of the address bar.
  expect(new URL(fresh.url()).hash).toBe('');
  expect(errors).toEqual([]);
  return { page: fresh, doc: shared };
}

test('a share link opens the same document in a new page, environment values redacted by default', async ({
  page,
  context,
}) => {
  const requests = recordRequests(context);
  const { dialog, url } = await makeLink(page, doc, { env: true, accounts: false });
  await expect(dialog).toContainText('2 environment values redacted');
  expect(url).not.toContain('correct-horse');
  const opened = await openInNewPage(context, url);
  const expected = redactForSharing(doc, { environmentValues: true, accountIds: false }).document;
  expect(opened.doc).toEqual(expected);
  expect(JSON.stringify(opened.doc)).not.toContain('correct-horse-battery-staple');
  await expect(opened.page.getByRole('textbox', { name: 'Family' })).toHaveValue('payments');
  // The sender's own document still has its values.
  expect(await page.evaluate(() => window.__taskdef!.getDocument())).toEqual(doc);
  await expectNoRequestCarries(requests, url.slice(url.indexOf('#doc=') + 5, url.indexOf('#doc=') + 40));
});

test('without redaction the new page gets the document exactly; account IDs can be redacted', async ({
  page,
  context,
}) => {
  const requests = recordRequests(context);
  const plain = await makeLink(page, doc, { env: false, accounts: false });
  expect((await openInNewPage(context, plain.url)).doc).toEqual(doc);

  await plain.dialog.getByRole('checkbox', { name: 'Redact account IDs' }).check();
  await expect(plain.dialog).toContainText('2 account IDs redacted');
  const field = plain.dialog.getByRole('textbox', { name: 'Link' });
  await expect(field).not.toHaveValue(plain.url);
  const redacted = (await openInNewPage(context, await field.inputValue())).doc;
  expect(redacted).toEqual(redactForSharing(doc, { environmentValues: false, accountIds: true }).document);
  expect(JSON.stringify(redacted)).not.toContain('123456789012');
  await expectNoRequestCarries(requests, plain.url.slice(plain.url.indexOf('#doc=') + 5).slice(0, 40));
});

test('Copy link puts the link on the clipboard', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const { dialog, url } = await makeLink(page, doc, { env: true, accounts: false });
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied the link to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
});

test('a very long link is flagged', async ({ page }) => {
  // Values that do not compress: the link grows past 8,000 characters.
  let seed = 11;
  const noise = (): string => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed.toString(36);
  };
  const big: JsonObject = {
    ...doc,
    containerDefinitions: [
      {
        name: 'app',
        image: 'nginx',
        essential: true,
        environment: Array.from({ length: 600 }, (_, i) => ({
          name: `V${String(i)}`,
          value: noise() + noise(),
        })),
      },
    ],
  };
  const { dialog, url } = await makeLink(page, big, { env: false, accounts: false });
  expect(url.length).toBeGreaterThan(8000);
  await expect(dialog).toContainText('This link is very long');
  await dialog.getByRole('checkbox', { name: 'Redact environment values' }).check();
  await expect(dialog).not.toContainText('This link is very long');
});

test('a broken link shows a message and keeps the current document', async ({ page, context }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.family.fill('kept');
  await expect.poll(async () => (await editor.document()).family).toBe('kept');
  const before = await editor.document();
  // A link pasted into the address bar of an open editor (the fragment changes, the page stays).
  await page.goto('/#doc=1eJyrVkrLzEkt');
  const alert = page.getByRole('alert').filter({ hasText: 'This share link could not be opened' });
  await expect(alert).toContainText('Your document is unchanged.');
  expect(await editor.document()).toEqual(before);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();

  // A broken link opened in a new page: the message, and the editor's usual first document.
  const fresh = await context.newPage();
  const errors: string[] = [];
  fresh.on('pageerror', (e) => errors.push(String(e)));
  await fresh.goto('/#doc=1not-a-share-link');
  await expect(fresh.getByRole('alert')).toContainText(
    'This share link could not be opened: The link is damaged',
  );
  await fresh.waitForFunction(() => window.__taskdef !== undefined);
  expect(await fresh.evaluate(() => window.__taskdef!.getDocument().family)).toBe('web');
  expect(errors).toEqual([]);
});

test('a link opened over the user’s own edits asks first', async ({ page, context }) => {
  const { url } = await makeLink(page, doc, { env: false, accounts: false });
  await page.keyboard.press('Escape');
  const other = await context.newPage();
  const editor = new EditorPage(other);
  await editor.open();
  await editor.family.fill('my-own-work');
  await expect.poll(async () => (await editor.document()).family).toBe('my-own-work');
  const mine = await editor.document();
  const hash = url.slice(url.indexOf('#'));
  await other.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  const prompt = other.getByRole('region', { name: 'Shared task definition' });
  await prompt.getByRole('button', { name: 'Keep my document' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Kept your document' })).toBeVisible();
  expect(await editor.document()).toEqual(mine);

  await other.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await prompt.getByRole('button', { name: 'Open the shared definition' }).click();
  await expect.poll(() => editor.document()).toEqual(doc);
});
