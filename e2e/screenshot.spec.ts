// Takes the README screenshot (docs/screenshot.png) from the built app. Not part of `npm test` (the
// config ignores this file unless SCREENSHOT is set), so ordinary runs never rewrite a tracked file:
// npm run build:e2e && npm run screenshot
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

test('README screenshot', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const editor = new EditorPage(page);
  await editor.open();
  const doc = {
    family: 'checkout-api',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '512',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    containerDefinitions: [
      {
        name: 'api',
        image: 'public.ecr.aws/nginx/nginx:1.27',
        essential: true,
        portMappings: [{ containerPort: 8080, hostPort: 80, protocol: 'tcp' }],
        environment: [{ name: 'PORT', value: '8080' }],
      },
    ],
  };
  await editor.pasteJson(JSON.stringify(doc, null, 2));
  await expect(editor.family).toHaveValue('checkout-api');
  await expect(editor.problems.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByTestId('draft-status')).toHaveText('checkout-api: Saved in this browser');
  await page.keyboard.press('ControlOrMeta+Home');
  await page.mouse.click(5, 5);
  await page.screenshot({ path: 'docs/screenshot.png' });
});
