// "Paste your error": a message from ECS or the AWS CLI (FIXTURES.md texts) lands on the field in the
// form and the range in the JSON pane, and the fix check() offers is one click away.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

const F09 = 'When networkMode=awsvpc, the host ports and container ports in port mappings must match.';
const BOTOCORE_TYPE =
  "Invalid type for parameter containerDefinitions[0].environment[8].value, value: 8080, type: <class 'int'>, valid types: <class 'str'>";

const awsvpc = {
  family: 'ports',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    {
      name: 'web',
      image: 'nginx:1.27',
      essential: true,
      portMappings: [{ containerPort: 80, hostPort: 8080 }],
    },
  ],
};

const withEnvironment = {
  family: 'env',
  containerDefinitions: [
    {
      name: 'app',
      image: 'nginx:1.27',
      memory: 512,
      essential: true,
      environment: Array.from({ length: 9 }, (_, i) => ({
        name: `VAR_${i}`,
        value: i === 8 ? 8080 : `v${i}`,
      })),
    },
  ],
};

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Paste your error' });

async function lookUp(page: Page, message: string): Promise<void> {
  await page.getByRole('button', { name: 'Paste your error' }).click();
  await dialog(page)
    .getByRole('textbox', { name: /message ECS/ })
    .fill(message);
  await dialog(page).getByRole('button', { name: 'Find the field' }).click();
}

test('the awsvpc port message goes to the host port, then fixes it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(awsvpc, null, 2));
  await expect.poll(async () => (await editor.document()).family).toBe('ports');

  await lookUp(page, F09);
  const matches = dialog(page).getByRole('list', { name: 'What the error means' });
  await expect(matches).toContainText('containerDefinitions[0].portMappings[0].hostPort');
  await matches.getByRole('button', { name: 'Go to field' }).first().click();
  await expect(dialog(page)).toBeHidden();
  // The form shows hostPort disabled under awsvpc (it must equal the container port), so the keyboard
  // lands in the JSON pane, on the selected host port.
  await expect(
    page.locator('[data-path="containerDefinitions[0].portMappings[0].hostPort"]'),
  ).toBeInViewport();
  await expect(editor.jsonRegion.locator(':focus')).toHaveCount(1);
  const lines = (await editor.text()).split('\n');
  const pos = await editor.position();
  expect(lines[(pos?.line ?? 0) - 1]).toContain('"hostPort": 8080');

  await lookUp(page, F09);
  await dialog(page).getByRole('button', { name: 'Fix it' }).first().click();
  await expect(dialog(page).getByRole('status')).toContainText('Fixed');
  await expect
    .poll(async () => JSON.stringify((await editor.document()).containerDefinitions))
    .toContain('"hostPort":80}');
  // Fixed: the match no longer offers a fix.
  await expect(dialog(page).getByRole('button', { name: 'Fix it' })).toHaveCount(0);
});

test('a botocore type error lands on the environment value and turns it into a string', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(withEnvironment, null, 2));
  await expect.poll(async () => (await editor.document()).family).toBe('env');

  await lookUp(page, BOTOCORE_TYPE);
  await expect(dialog(page)).toContainText('containerDefinitions[0].environment[8].value');
  await dialog(page).getByRole('button', { name: 'Go to field' }).click();
  await expect(page.locator(':focus')).toHaveAttribute(
    'data-path',
    /^containerDefinitions\[0\]\.environment/,
  );
  const lines = (await editor.text()).split('\n');
  const pos = await editor.position();
  expect(lines[(pos?.line ?? 0) - 1]).toContain('8080');

  await lookUp(page, BOTOCORE_TYPE);
  await dialog(page).getByRole('button', { name: 'Fix it' }).click();
  await expect.poll(() => editor.text()).toContain('"value": "8080"');
});

test('a message the editor does not know says so and changes nothing', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const before = await editor.document();
  await lookUp(page, 'Something unrelated happened.');
  await expect(dialog(page)).toContainText('does not recognise this message');
  await expect(dialog(page).getByRole('button', { name: 'Go to field' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  expect(await editor.document()).toEqual(before);
});

test('an empty message is refused with a reason', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByRole('button', { name: 'Paste your error' }).click();
  await dialog(page).getByRole('button', { name: 'Find the field' }).click();
  await expect(dialog(page).getByRole('textbox', { name: /message ECS/ })).toHaveAccessibleDescription(
    'Paste the error message first.',
  );
});
