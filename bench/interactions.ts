// What the browser figures do to the page: a cold load, a paste of the big definition into the JSON
// pane, a keystroke in the Family box, and the heap after many edits. Each timing is taken inside the
// page (performance.now()), so Playwright's own round trips are not in it.
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { bigDefinition } from './big-definition.ts';
import { BASE } from './server.ts';

/** Loads the page and returns the time to a usable form and the JavaScript fetched before it, gzip. */
export async function coldLoad(
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

/** A page with the JSON pane loaded, holding the starter document; `path` picks another build under the server. */
export async function openPage(browser: Browser, path = '/'): Promise<Page> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  // tsx compiles with esbuild's keepNames, which wraps functions in __name(): give the page one.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  const page = await context.newPage();
  await page.goto(new URL(path, BASE).href);
  await page.waitForFunction(() => window.__taskdef !== undefined);
  // What the page does once after loading (Monaco's deferred parts, the toolbar's dialogs preloaded
  // at idle) is over before an interaction is timed, as it is when a person starts to work.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(() => {
          requestIdleCallback(() => {
            resolve();
          });
        }, 1000);
      }),
  );
  return page;
}

/**
 * The page's main-thread CPU time so far, in ms (Chrome DevTools protocol). Unlike wall time it hardly
 * moves when other processes load the machine, so A/B comparisons read it beside the wall time.
 */
export async function threadClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
  };
}

/**
 * Pastes the big definition over the pane's text; ms from the paste event to the form showing its last
 * container, up to the paint of the first frame that shows it. `clock`, if given, brackets the paste and
 * the wait (its figure then includes the page's work up to that paint, whichever order it ran in).
 * `complete()`: ms from the paste to the paint of the first frame in which every container card has all
 * of its controls (on a large task the cards show their name and image first, and
 * mount the rest when the page is idle).
 */
export async function pasteBigDefinition(
  page: Page,
  clock?: () => Promise<number>,
): Promise<{ ms: number; cpuMs: number; complete: () => Promise<number> }> {
  const text = JSON.stringify(bigDefinition(), null, 2);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate(() => {
    // The watch starts inside the paste event, so that Playwright's round trips are not in the figure:
    // every frame from the paste on is checked, and the first that shows the form ends it after paint.
    const w = window as unknown as { __pasted?: Promise<number>; __complete?: Promise<number> };
    let complete: (ms: number) => void = () => undefined;
    w.__complete = new Promise<number>((resolve) => {
      complete = resolve;
    });
    const afterPaint = (then: () => void): void => {
      const ch = new MessageChannel();
      ch.port1.onmessage = then;
      ch.port2.postMessage(null);
    };
    w.__pasted = new Promise<number>((done) => {
      document.addEventListener(
        'paste',
        () => {
          const t0 = performance.now();
          // Marks for a trace (bench/trace.ts): the main thread's CPU between them is the critical path's.
          performance.mark('bench-paste');
          const shown = (): boolean =>
            [...document.querySelectorAll('input')].some((i) => i.value === 'service-9');
          // Every card has its toolbar (its other fields and groups mount with it).
          const whole = (): boolean =>
            document.querySelectorAll('.tf-container').length ===
            document.querySelectorAll('.tf-container > .tf-toolbar').length;
          const frame = (): void => {
            if (!shown()) {
              requestAnimationFrame(frame);
              return;
            }
            // Shown in this frame: a task queued now runs once the frame is painted.
            afterPaint(() => {
              performance.mark('bench-pasted');
              done(performance.now() - t0);
            });
            wait();
          };
          const wait = (): void => {
            if (whole()) {
              afterPaint(() => {
                complete(performance.now() - t0);
              });
            } else requestAnimationFrame(wait);
          };
          requestAnimationFrame(frame);
        },
        { capture: true, once: true },
      );
    });
  });
  const cpu0 = clock ? await clock() : 0;
  await page.keyboard.press('ControlOrMeta+V');
  const ms = await page.evaluate(() => (window as unknown as { __pasted?: Promise<number> }).__pasted);
  if (ms === undefined) throw new Error('the paste was not seen');
  const cpuMs = clock ? (await clock()) - cpu0 : NaN;
  const complete = async (): Promise<number> =>
    (await page.evaluate(() => (window as unknown as { __complete?: Promise<number> }).__complete)) ?? NaN;
  return { ms, cpuMs, complete };
}

export interface KeystrokeTiming {
  /** Main-thread CPU ms from before the keystroke to the paint (NaN without a clock). */
  readonly cpuMs: number;
  /** Input event to the JSON pane's text holding the new value (the synchronous work). */
  readonly textMs: number;
  /** Input event to the end of the next frame: the form and the pane painted. */
  readonly paintMs: number;
}

/**
 * One character typed at the end of the Family box. The value is written through the prototype's
 * setter (React tracks the value it rendered) and an input event dispatched, as a keystroke does.
 */
export async function keystroke(
  page: Page,
  char: string,
  clock?: () => Promise<number>,
): Promise<KeystrokeTiming> {
  const box = page.getByRole('textbox', { name: 'Family' });
  await box.focus();
  await box.press('End');
  const cpu0 = clock ? await clock() : 0;
  const t = await page.evaluate(async (c) => {
    const input = document.activeElement as HTMLInputElement;
    const want = input.value + c;
    const holds = (): boolean => window.__taskdef?.getText().includes(`"family": "${want}"`) === true;
    // A frame boundary first, so that the keystroke does not land at the end of a frame already due.
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r, 0));
    const t0 = performance.now();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: c, bubbles: true }));
    Reflect.set(HTMLInputElement.prototype, 'value', want, input);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keyup', { key: c, bubbles: true }));
    while (!holds()) await new Promise((r) => setTimeout(r, 0));
    const textMs = performance.now() - t0;
    // The frame after the edit renders it; a task queued from its rAF callback runs after that paint.
    await new Promise<void>((resolve) => {
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          resolve();
        };
        ch.port2.postMessage(null);
      });
    });
    return { textMs, paintMs: performance.now() - t0 };
  }, char);
  return { ...t, cpuMs: clock ? (await clock()) - cpu0 : NaN };
}

/**
 * Types `char` at the end of Family and waits for the problems list to agree with `expectIn`
 * (whether a problem about `family` is listed). Watched with a MutationObserver, so the wait itself
 * keeps the page idle (problems are computed at idle time).
 */
export async function problemsAfterKeystroke(page: Page, key: 'Bad' | 'Undo'): Promise<number> {
  const box = page.getByRole('textbox', { name: 'Family' });
  await box.focus();
  await box.press('End');
  return page.evaluate(async (k) => {
    const input = document.activeElement as HTMLInputElement;
    const want = k === 'Bad' ? `${input.value}!` : input.value.replace(/!$/, '');
    const listed = (): boolean =>
      [...document.querySelectorAll('.problems .problem-path')].some((e) => e.textContent === 'family');
    const done = (): boolean => listed() === (k === 'Bad');
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r, 0));
    let t1 = 0;
    const seen = new Promise<void>((resolve) => {
      const obs = new MutationObserver(() => {
        if (!done()) return;
        t1 = performance.now();
        obs.disconnect();
        resolve();
      });
      obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const t0 = performance.now();
    Reflect.set(HTMLInputElement.prototype, 'value', want, input);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await seen;
    return t1 - t0;
  }, key);
}
