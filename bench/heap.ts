// Memory over many edits of the big definition: the JS heap after a forced GC, sampled every 25 edits,
// and its growth per edit as the slope of a least-squares line through the samples (KB per edit).
// The edits run inside the page (one evaluate per 25 of them), so the harness's own compiled
// scripts do not pile up in the heap it measures. They alternate between the form (a character added
// to Family, then removed) and the JSON pane (a character typed into the last environment value,
// then deleted): the document keeps its size, and every other edit starts a new undo step, so the
// runs also show the undo history filling up to its cap (src/lib/history, 200 steps) and no further.
import type { Browser, CDPSession, Page } from '@playwright/test';
import { openPage, pasteBigDefinition } from './interactions.ts';

export const SAMPLE_EVERY = 25;

export interface HeapRun {
  readonly edits: number;
  /** Bytes after GC, before the first edit and after every SAMPLE_EVERY edits. */
  readonly samples: readonly number[];
  /** From heap snapshots at the start, at edit `snapshotAt` and at the end: bytes of all but compiled code. */
  readonly objects: readonly [number, number, number];
  readonly snapshotAt: number;
}

interface Snapshot {
  readonly snapshot: { readonly meta: { readonly node_fields: string[]; readonly node_types: [string[]] } };
  readonly nodes: number[];
}

/**
 * The heap's self sizes from a snapshot, compiled code left out: V8 keeps compiling hot functions
 * for hundreds of edits (its code grows, then levels off), which is not data the page keeps per edit.
 */
async function objectBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = (p: { chunk: string }): void => {
    chunks.push(p.chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join('')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const code = snap.snapshot.meta.node_types[0].indexOf('code');
  const [type, size, width] = [fields.indexOf('type'), fields.indexOf('self_size'), fields.length];
  let bytes = 0;
  for (let i = 0; i < snap.nodes.length; i += width)
    if (snap.nodes[i + type] !== code) bytes += snap.nodes[i + size] ?? 0;
  return bytes;
}

/** Least-squares slope of y over x. */
export function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return NaN;
  const mx = xs.slice(0, n).reduce((s, x) => s + x, 0) / n;
  const my = ys.slice(0, n).reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    num += dx * ((ys[i] ?? 0) - my);
    den += dx * dx;
  }
  return num / den;
}

/** KB per edit over the samples taken at or after edit `from`. */
export function kbPerEdit(run: HeapRun, from = 0): number {
  const xs = run.samples.map((_, i) => i * SAMPLE_EVERY);
  const keep = xs.map((x) => x >= from);
  return (
    slope(
      xs.filter((_, i) => keep[i]),
      run.samples.filter((_, i) => keep[i]),
    ) / 1024
  );
}

interface BenchWindow {
  __benchEdits?: (first: number, count: number) => Promise<void>;
  __benchIdle?: () => Promise<void>;
}

/**
 * Defines the edit loop in the page once. Each evaluate compiles its function as a new script, which
 * the page keeps (DevTools holds scripts for debugging): a loop sent with every batch would leave its
 * compiled code behind each time and show up as growth per edit.
 */
export function installEdits(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as BenchWindow;
    const frame = (): Promise<void> =>
      new Promise((resolve) => {
        requestAnimationFrame(() => {
          setTimeout(resolve, 0);
        });
      });
    // Edit i: even adds a character, odd removes it; i % 4 < 2 in the form (Family), else in the pane.
    w.__benchEdits = async (first, count) => {
      const hook = window.__taskdef;
      const family = document.querySelector<HTMLInputElement>('input[data-path="family"]');
      if (!hook || !family) throw new Error('the page is not ready');
      for (let i = first; i < first + count; i++) {
        const add = i % 2 === 0;
        if (i % 4 < 2) {
          const want = add ? `${family.value}x` : family.value.slice(0, -1);
          Reflect.set(HTMLInputElement.prototype, 'value', want, family);
          family.dispatchEvent(new Event('input', { bubbles: true }));
          if (!hook.getText().includes(`"family": "${want}"`)) throw new Error('the form edit did not sync');
        } else {
          const marker = '"value": "value-9-49-';
          const at = hook.getText().lastIndexOf(marker) + marker.length;
          hook.typeAt(at + (add ? 0 : 1), add ? 'z' : '\b');
        }
        await frame();
      }
    };
    // Work the last edits scheduled (problems at idle, markers, the JSON worker, Monaco's background
    // tokenizing) finishes first: a shorter wait leaves readings up to 1.5 MB apart.
    w.__benchIdle = () =>
      new Promise((resolve) => {
        setTimeout(() => {
          requestIdleCallback(() => {
            resolve();
          });
        }, 1000);
      });
  });
}

/** `count` edits in the page, numbered from `from` (installEdits first). */
export function editInPage(page: Page, from: number, count: number): Promise<void> {
  return page.evaluate(([a, n]) => (window as BenchWindow).__benchEdits?.(a, n), [from, count] as const);
}

/** A fresh page holding the big definition; `warmup` edits first, then `edits` with a sample every 25. */
export async function heapRun(
  browser: Browser,
  edits: number,
  warmup: number,
  snapshotAt: number,
): Promise<HeapRun> {
  const page = await openPage(browser);
  try {
    await pasteBigDefinition(page);
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    const used = async (): Promise<number> => {
      await page.evaluate(() => (window as BenchWindow).__benchIdle?.());
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      return usedSize;
    };
    await installEdits(page);
    // Compiled code, Monaco's lazily created parts and the first undo steps settle in the warm-up.
    await editInPage(page, 0, warmup);
    const samples = [await used()];
    const start = await objectBytes(cdp);
    let middle = start;
    for (let done = 0; done < edits; done += SAMPLE_EVERY) {
      await editInPage(page, warmup + done, SAMPLE_EVERY);
      samples.push(await used());
      if (done + SAMPLE_EVERY === snapshotAt) middle = await objectBytes(cdp);
    }
    return { edits, samples, objects: [start, middle, await objectBytes(cdp)], snapshotAt };
  } finally {
    await page.context().close();
  }
}
