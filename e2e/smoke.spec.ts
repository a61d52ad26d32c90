import { test, expect } from './fixtures.ts';

test('the page opens with its title', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /task definition/i })).toBeVisible();
});
