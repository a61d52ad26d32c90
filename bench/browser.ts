// The browser half of `npm run bench`: headless Chromium against the built app (dist-e2e: the
// production build plus the window.__taskdef test hook), served by `vite preview` on loopback.
// BENCH_ONLY=load,paste,keys,problems,heap runs a subset (for quick comparisons while tuning).
import {
  coldLoad,
  heapAfterEdits,
  keystroke,
  openPage,
  pasteBigDefinition,
  problemsAfterKeystroke,
} from './interactions.ts';
import { launchBrowser, startServer, stopServer } from './server.ts';
import { ms, summarize, table } from './stats.ts';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const PAGES = Number(process.env.BENCH_PAGES ?? 7);
const KEYS_PER_PAGE = 40;
const only = new Set((process.env.BENCH_ONLY ?? 'load,paste,keys,problems,heap').split(','));

export async function browserBench(): Promise<string> {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const rows: string[][] = [];
    if (only.has('load')) {
      const loads = [];
      for (let i = 0; i < LOADS; i++) loads.push(await coldLoad(browser));
      const usable = summarize(loads.map((l) => l.usableMs));
      const js = loads[0];
      rows.push(
        [
          'JavaScript before the form is usable (gzip)',
          `${((js?.jsGzipBytes ?? 0) / 1024).toFixed(1)} KB in ${js?.jsFiles ?? 0} files`,
          '',
          '<= 200 KB',
        ],
        [
          `navigation to a usable form (${LOADS} cold loads)`,
          ms(usable.median),
          ms(usable.p95),
          '<= 1000 ms',
        ],
      );
    }

    const pastes: number[] = [];
    const text: number[] = [];
    const paint: number[] = [];
    const problems: number[] = [];
    let heap: number[] = [];
    const needPage = ['paste', 'keys', 'problems', 'heap'].some((k) => only.has(k));
    for (let i = 0; needPage && i < PAGES; i++) {
      const page = await openPage(browser);
      pastes.push((await pasteBigDefinition(page)).ms);
      // Let the pasted document settle (problems, markers, the worker's schema validation).
      await page.waitForTimeout(500);
      if (only.has('keys')) {
        for (let k = 0; k < KEYS_PER_PAGE; k++) {
          const t = await keystroke(page, String.fromCharCode(97 + (k % 26)));
          text.push(t.textMs);
          paint.push(t.paintMs);
        }
      }
      if (only.has('problems')) {
        for (let k = 0; k < 5; k++) {
          problems.push(await problemsAfterKeystroke(page, 'Bad'));
          problems.push(await problemsAfterKeystroke(page, 'Undo'));
        }
      }
      if (i === 0 && only.has('heap')) heap = await heapAfterEdits(page, 100);
      await page.context().close();
    }
    if (only.has('paste')) {
      const paste = summarize(pastes);
      rows.push([
        `paste 56 KB into the JSON pane -> form shows it (${pastes.length} pastes)`,
        ms(paste.median),
        ms(paste.p95),
        'p95 <= 100 ms',
      ]);
    }
    if (only.has('keys')) {
      const t = summarize(text);
      const p = summarize(paint);
      rows.push(
        [
          `keystroke in Family -> JSON text holds it (${text.length} keys)`,
          ms(t.median),
          ms(t.p95),
          'p95 <= 16 ms',
        ],
        [
          'keystroke in Family -> next frame painted',
          ms(p.median),
          ms(p.p95),
          '(includes the wait for the frame)',
        ],
      );
    }
    if (only.has('problems')) {
      const p = summarize(problems);
      rows.push([
        `keystroke -> problems list updated (${problems.length} keys)`,
        ms(p.median),
        ms(p.p95),
        '<= 100 ms',
      ]);
    }
    let out = `### Browser: Chromium (headless), production build on loopback, 56 KB definition (10 containers x 50 env vars)\n\n`;
    out += table(['figure', 'median ms', 'p95 ms', 'budget'], rows);
    if (heap.length > 0)
      out += `\n\nJS heap after GC, every 25 of 100 keystroke edits (MB): ${heap.map((b) => (b / 1048576).toFixed(2)).join(' -> ')}\n`;
    return out + '\n';
  } finally {
    await browser.close();
    stopServer(server);
  }
}
