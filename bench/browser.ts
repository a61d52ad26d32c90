// The browser half of `npm run bench`: headless Chromium against the built app (dist-e2e: the
// production build plus the window.__taskdef test hook), served by `vite preview` on loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { bigDefinition } from './big-definition.ts';
import { ms, summarize, table } from './stats.ts';

const PORT = 4179;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 15;

async function startServer(): Promise<ChildProcess> {
  if (!existsSync('dist-e2e/index.html'))
    throw new Error('dist-e2e is missing: run `npm run build:e2e` first');
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      'dist-e2e',
      '--port',
      String(PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

function stopServer(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

/** Loads the page and returns the time to a usable form and the JavaScript fetched before it, gzip. */
async function coldLoad(
  browser: Browser,
): Promise<{ usableMs: number; jsGzipBytes: number; jsFiles: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  let usable = false;
  page.on('response', (res) => {
    if (!usable && res.request().resourceType() === 'script') bodies.push(res.body());
  });
  const t0 = Date.now();
  await page.goto(BASE, { waitUntil: 'commit' });
  await page.getByRole('textbox', { name: 'Family' }).waitFor({ state: 'visible' });
  const usableMs = Date.now() - t0;
  usable = true;
  const js = await Promise.all(bodies);
  await context.close();
  return { usableMs, jsGzipBytes: js.reduce((s, b) => s + gzipSync(b).length, 0), jsFiles: js.length };
}

async function openWithBigDefinition(browser: Browser): Promise<{ page: Page; pasteMs: number }> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  // tsx compiles with esbuild's keepNames, which wraps functions in __name(): give the page one.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  const page = await context.newPage();
  await page.goto(BASE);
  await page.waitForFunction(() => window.__taskdef !== undefined);
  const text = JSON.stringify(bigDefinition(), null, 2);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  // Time from the paste event to the form showing the last container of the pasted definition.
  await page.evaluate(() => {
    const w = window as unknown as { __pasteAt?: number };
    document.addEventListener('paste', () => (w.__pasteAt = performance.now()), {
      capture: true,
      once: true,
    });
  });
  await page.keyboard.press('ControlOrMeta+V');
  const pasteMs = await page.evaluate(async () => {
    const w = window as unknown as { __pasteAt?: number };
    const shown = (): boolean => [...document.querySelectorAll('input')].some((i) => i.value === 'service-9');
    while (!shown()) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - (w.__pasteAt ?? performance.now());
  });
  return { page, pasteMs };
}

/** One keystroke in the Family box to the JSON pane's text holding it; measured inside the page. */
async function keystroke(page: Page, char: string): Promise<number> {
  const box = page.getByRole('textbox', { name: 'Family' });
  await box.focus();
  await box.press('End');
  return page.evaluate(async (c) => {
    const input = document.activeElement as HTMLInputElement;
    const want = input.value + c;
    const t0 = performance.now();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: c, bubbles: true }));
    // React tracks the value it last rendered: write through the prototype's setter so it sees a change.
    Reflect.set(HTMLInputElement.prototype, 'value', want, input);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const channel = new MessageChannel();
    const tick = (): Promise<void> =>
      new Promise((r) => {
        channel.port1.onmessage = () => {
          r();
        };
        channel.port2.postMessage(null);
      });
    while (!window.__taskdef?.getText().includes(`"family": "${want}"`)) await tick();
    return performance.now() - t0;
  }, char);
}

async function heapAfterEdits(page: Page, edits: number): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const used = async (): Promise<number> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  };
  const samples = [await used()];
  for (let i = 1; i <= edits; i++) {
    await keystroke(page, String.fromCharCode(97 + (i % 26)));
    if (i % 25 === 0) samples.push(await used());
  }
  return samples;
}

export async function browserBench(): Promise<string> {
  const server = await startServer();
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-gpu', '--disable-quic', '--disable-component-update'],
  });
  try {
    const loads = [];
    for (let i = 0; i < RUNS; i++) loads.push(await coldLoad(browser));
    const usable = summarize(loads.map((l) => l.usableMs));
    const js = loads[0];

    const pastes: number[] = [];
    const keys: number[] = [];
    let heap: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { page, pasteMs } = await openWithBigDefinition(browser);
      pastes.push(pasteMs);
      for (let k = 0; k < 40; k++) keys.push(await keystroke(page, String.fromCharCode(97 + (k % 26))));
      if (i === 0) heap = await heapAfterEdits(page, 100);
      await page.context().close();
    }
    const paste = summarize(pastes);
    const key = summarize(keys);
    const rows = [
      [
        'JavaScript before the form is usable (gzip)',
        `${((js?.jsGzipBytes ?? 0) / 1024).toFixed(1)} KB in ${js?.jsFiles ?? 0} files`,
        '',
        '<= 200 KB',
      ],
      ['navigation to a usable form', ms(usable.median), ms(usable.p95), '<= 1000 ms'],
      ['keystroke in Family -> JSON pane (56 KB doc)', ms(key.median), ms(key.p95), 'p95 <= 16 ms'],
      ['paste 56 KB into the JSON pane -> form shows it', ms(paste.median), ms(paste.p95), 'p95 <= 100 ms'],
    ];
    let out = `### Browser: Chromium (headless), production build on loopback; ${RUNS} cold loads, ${keys.length} keystrokes, ${pastes.length} pastes\n\n`;
    out += table(['figure', 'median', 'p95', 'budget'], rows);
    out += `\n\nJS heap after GC, every 25 of 100 keystroke edits (MB): ${heap.map((b) => (b / 1048576).toFixed(2)).join(' -> ')}\n`;
    return out;
  } finally {
    await browser.close();
    stopServer(server);
  }
}
