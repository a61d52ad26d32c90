// Memory over many edits of the big definition: the JS heap after a forced GC, sampled every 25 edits,
// and its growth per edit as the slope of a least-squares line through the samples (KB per edit).
// The edits run inside the page (one evaluate per 25 of them), so the harness's own compiled
// scripts do not pile up in the heap it measures. They alternate between the form (a character added
// to Family, then removed) and the JSON pane (a character typed into the last environment value,
// then deleted): the document keeps its size, and every other edit starts a new undo step, so the
// runs also show the undo history filling up to its cap (src/lib/history, 200 steps) and no further.
import type { Browser, Page } from '@playwright/test';
import { openPage, pasteBigDefinition } from './interactions.ts';

export const SAMPLE_EVERY = 25;

export interface HeapRun {
  readonly edits: number;
  /** Bytes after GC, before the first edit and after every SAMPLE_EVERY edits. */
  readonly samples: readonly number[];
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

/** `count` edits in the page, numbered from `from` (even: add a character, odd: remove it). */
export function editInPage(page: Page, from: number, count: number): Promise<void> {
  return page.evaluate(
    async ([first, n]) => {
      const hook = window.__taskdef;
      const family = document.querySelector<HTMLInputElement>('input[data-path="family"]');
      if (!hook || !family) throw new Error('the page is not ready');
      const frame = (): Promise<void> =>
        new Promise((resolve) => {
          requestAnimationFrame(() => {
            setTimeout(resolve, 0);
          });
        });
      for (let i = first; i < first + n; i++) {
        const add = i % 2 === 0;
        if (i % 4 < 2) {
          const want = add ? `${family.value}x` : family.value.slice(0, -1);
          Reflect.set(HTMLInputElement.prototype, 'value', want, family);
          family.dispatchEvent(new Event('input', { bubbles: true }));
          if (!hook.getText().includes(`"family": "${want}"`)) throw new Error('the form edit did not sync');
        } else {
          const text = hook.getText();
          const at = text.lastIndexOf('"value": "value-9-49-') + '"value": "value-9-49-'.length;
          hook.typeAt(at + (add ? 0 : 1), add ? 'z' : '\b');
        }
        await frame();
      }
    },
    [from, count] as const,
  );
}

/** A fresh page holding the big definition; `warmup` edits first, then `edits` with a sample every 25. */
export async function heapRun(browser: Browser, edits: number, warmup = 100): Promise<HeapRun> {
  const page = await openPage(browser);
  try {
    await pasteBigDefinition(page);
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    const used = async (): Promise<number> => {
      // Work scheduled by the last edits (problems at idle, markers, the JSON worker) finishes first.
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            setTimeout(() => requestIdleCallback(resolve), 100);
          }),
      );
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      return usedSize;
    };
    // Compiled code, Monaco's lazily created parts and the first undo steps settle in the warm-up.
    await editInPage(page, 0, warmup);
    const samples = [await used()];
    for (let done = 0; done < edits; done += SAMPLE_EVERY) {
      await editInPage(page, warmup + done, SAMPLE_EVERY);
      samples.push(await used());
    }
    return { edits, samples };
  } finally {
    await page.context().close();
  }
}
