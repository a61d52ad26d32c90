// Makes sure a Chromium exists for the browser tests. On Debian as root it installs the distribution's
// package (Playwright cannot download its own browser on this project's machines); elsewhere it says
// exactly what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

const require = createRequire(import.meta.url);
try {
  const { chromium } = require('@playwright/test');
  if (existsSync(chromium.executablePath())) process.exit(0);
} catch {
  // fall through to installing one
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (existsSync('/usr/bin/apt-get') && isRoot) {
  console.log("No Chromium found: installing Debian's (apt-get install -y chromium)...");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  [
    'No Chromium found for the browser tests. Either:',
    '  - on Debian/Ubuntu as root: apt-get install -y chromium',
    '  - anywhere else: npx playwright install chromium',
    '  - or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);
