// The browser half of `npm run bench`: headless Chromium against the built app (dist-e2e: the
// production build plus the window.__taskdef test hook), served by `vite preview` on loopback.
// Wall-clock figures carry the machine's load; beside them, the page's main-thread CPU time for the
// same interaction (Chrome DevTools protocol), which the load hardly moves.
// BENCH_ONLY=load,paste,keys,problems,heap runs a subset (for quick comparisons while tuning).
import { heapRun, kbPerEdit, type HeapRun } from './heap.ts';
import {
  keystroke,
  openPage,
  pasteBigDefinition,
  problemsAfterKeystroke,
  threadClock,
} from './interactions.ts';
import { initialJsOfBuild, loadAndMeasureJs } from './initial-js.ts';
import { load } from './machine.ts';
import { BASE, DIST, launchBrowser, startServer, stopServer } from './server.ts';
import { ms, summarize, table, type Summary } from './stats.ts';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const PAGES = Number(process.env.BENCH_PAGES ?? 7);
const KEYS_PER_PAGE = 40;
const only = new Set((process.env.BENCH_ONLY ?? 'load,paste,keys,problems,heap').split(','));
// Two heap runs of different length (edits after a warm-up of 100), each on a fresh page.
const HEAP_RUNS = (process.env.BENCH_HEAP_EDITS ?? '100,600').split(',').map(Number);
const HEAP_WARMUP = 100;
/** The undo history's cap (src/lib/history): two edits of the heap runs make one step. */
const HISTORY_CAP = 200;

interface Samples {
  loads: number[];
  jsKb: number;
  jsFiles: number;
  paste: number[];
  pasteCpu: number[];
  pasteComplete: number[];
  text: number[];
  paint: number[];
  keyCpu: number[];
  problems: number[];
  heap: HeapRun[];
}

const verdict = (ok: boolean): string => (ok ? 'meets' : 'misses');

async function collect(): Promise<Samples> {
  const s: Samples = {
    loads: [],
    jsKb: 0,
    jsFiles: 0,
    paste: [],
    pasteCpu: [],
    pasteComplete: [],
    text: [],
    paint: [],
    keyCpu: [],
    problems: [],
    heap: [],
  };
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    for (let i = 0; only.has('load') && i < LOADS; i++) {
      const l = await loadAndMeasureJs(browser, BASE);
      s.loads.push(l.usableMs);
      // The larger of what this load requested before the form existed and what the build's HTML
      // and static imports make every load fetch (the two agree unless a dynamic import runs first).
      const built = initialJsOfBuild(DIST);
      s.jsKb = Math.max(s.jsKb, l.gzipBytes / 1024, built.gzipBytes / 1024);
      s.jsFiles = Math.max(s.jsFiles, l.files.length, built.files.length);
    }
    const needPage = ['paste', 'keys', 'problems'].some((k) => only.has(k));
    for (let i = 0; needPage && i < PAGES; i++) {
      const page = await openPage(browser);
      const clock = await threadClock(page);
      const paste = await pasteBigDefinition(page, clock);
      s.paste.push(paste.ms);
      s.pasteCpu.push(paste.cpuMs);
      s.pasteComplete.push(await paste.complete());
      // Let the pasted document settle (problems, markers, the worker's schema validation).
      await page.waitForTimeout(500);
      for (let k = 0; only.has('keys') && k < KEYS_PER_PAGE; k++) {
        const t = await keystroke(page, String.fromCharCode(97 + (k % 26)), clock);
        s.text.push(t.textMs);
        s.paint.push(t.paintMs);
        s.keyCpu.push(t.cpuMs);
      }
      for (let k = 0; only.has('problems') && k < 5; k++) {
        s.problems.push(await problemsAfterKeystroke(page, 'Bad'));
        s.problems.push(await problemsAfterKeystroke(page, 'Undo'));
      }
      await page.context().close();
    }
    for (const edits of only.has('heap') ? HEAP_RUNS : [])
      s.heap.push(await heapRun(browser, edits, HEAP_WARMUP, 2 * HISTORY_CAP - HEAP_WARMUP));
  } finally {
    await browser.close();
    stopServer(server);
  }
  return s;
}

export async function browserBench(): Promise<string> {
  const loadBefore = load();
  const s = await collect();
  const rows: string[][] = [];
  const row = (figure: string, w: Summary, cpu: Summary | undefined, budget: string, ok: boolean): void => {
    rows.push([figure, ms(w.median), ms(w.p95), cpu ? ms(cpu.median) : '', budget, verdict(ok)]);
  };
  if (s.loads.length > 0) {
    rows.push([
      'JavaScript before the form is usable (gzip)',
      `${s.jsKb.toFixed(1)} KB`,
      `${s.jsFiles} file(s)`,
      '',
      '<= 200 KB',
      verdict(s.jsKb <= 200),
    ]);
    const u = summarize(s.loads);
    row(
      `navigation to a usable form (${s.loads.length} cold loads)`,
      u,
      undefined,
      'median <= 1000 ms',
      u.median <= 1000,
    );
  }
  if (s.paste.length > 0) {
    const p = summarize(s.paste);
    const name = `paste 56 KB into the JSON pane -> form painted (${s.paste.length} pastes)`;
    row(name, p, summarize(s.pasteCpu), 'p95 <= 100 ms', p.p95 <= 100);
    const c = summarize(s.pasteComplete);
    rows.push([
      'paste -> every container card complete (painted)',
      ms(c.median),
      ms(c.p95),
      '',
      "none (a large task's cards mount all but name and image at idle)",
      'info',
    ]);
  }
  if (s.text.length > 0) {
    const t = summarize(s.text);
    const p = summarize(s.paint);
    row(
      `keystroke in Family -> JSON text holds it (${s.text.length} keys)`,
      t,
      undefined,
      'p95 <= 16 ms',
      t.p95 <= 16,
    );
    rows.push([
      'keystroke in Family -> next frame painted',
      ms(p.median),
      ms(p.p95),
      ms(summarize(s.keyCpu).median),
      'none (includes the wait for the frame)',
      'info',
    ]);
  }
  if (s.problems.length > 0) {
    const p = summarize(s.problems);
    row(
      `keystroke -> problems list updated (${s.problems.length} keys)`,
      p,
      undefined,
      '<= 100 ms',
      p.p95 <= 100,
    );
  }
  let out = `### Browser: headless Chromium, production build on loopback, 56 KB definition (10 containers x 50 env vars)\n\n`;
  out += `Load average before ${loadBefore}, after ${load()}. CPU ms: the page's main-thread CPU time (median) from just before the paste or keystroke until the figure is read back, so it also holds work done after the paint (problems, markers).\n\n`;
  out += table(['figure', 'median ms', 'p95 ms', 'CPU ms', 'budget', 'verdict'], rows);
  if (s.heap.length > 0) {
    out += `\n\n${heapTable(s.heap)}\n`;
  }
  return out + '\n';
}

/** One row per heap run: the heap after GC at its start and end, and its slope in KB per edit. */
function heapTable(runs: readonly HeapRun[]): string {
  const mb = (b: number | undefined): string => `${((b ?? NaN) / 1048576).toFixed(2)} MB`;
  const kb = (v: number): string => `${v >= 0 ? '+' : ''}${v.toFixed(2)} KB`;
  // From this edit of a run on, the undo history is full: what grows after it is not the history.
  const full = 2 * HISTORY_CAP - HEAP_WARMUP;
  const rows = runs.map((r) => [
    `${r.edits} edits (form and pane, after ${HEAP_WARMUP} warm-up edits)`,
    mb(r.samples[0]),
    mb(r.samples.at(-1)),
    kb(kbPerEdit(r)),
    r.edits > full + 50 ? kb(kbPerEdit(r, full)) : '',
    kb((r.objects[2] - r.objects[0]) / r.edits / 1024),
    r.edits > full + 50 ? kb((r.objects[2] - r.objects[1]) / (r.edits - full) / 1024) : '',
  ]);
  const head = `JS heap after GC, sampled every 25 edits; slope: least-squares KB per edit. The undo history fills up to its ${HISTORY_CAP}-step cap by edit ${full} of a run (two edits a step). Objects: heap snapshots at the start and end of a run, compiled code left out (V8 compiles hot functions over hundreds of edits, then stops), per edit.`;
  return `${head}\n\n${table(['run', 'heap at start', 'heap at end', 'slope', `slope from edit ${full}`, 'objects per edit', `objects per edit from ${full}`], rows)}\n\nSamples (MB): ${runs
    .map((r) => r.samples.map((b) => (b / 1048576).toFixed(2)).join(' '))
    .join(' | ')}`;
}
