import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it exists (this project's machines); elsewhere Playwright's own browser,
// which `npx playwright install chromium` downloads.
const debianChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(debianChromium) ? debianChromium : undefined;
// E2E_PORT / E2E_DIST let several people (or agents) run the suite side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4178);
const dist = process.env.E2E_DIST ?? 'dist-e2e';

export default defineConfig({
  testDir: 'e2e',
  // The README screenshot is a tool, not a test: `npm run screenshot` runs it (it rewrites docs/screenshot.png).
  testIgnore: process.env.SCREENSHOT ? [] : ['**/screenshot.spec.ts'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-gpu', '--disable-quic', '--disable-component-update'],
    },
  },
  webServer: {
    command: `npx vite preview --outDir ${dist} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
