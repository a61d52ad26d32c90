// Long main-thread tasks, recorded from page load by a PerformanceObserver the test installs before
// any page script runs. A task over 200 ms is a page that visibly froze.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
  }
}

export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longTasks?.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

export function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Durations of the long tasks that started at or after `since` (page time), once the page is idle. */
export async function longTasksSince(page: Page, since: number): Promise<number[]> {
  // Let pending work (problems at idle, Monaco's tokenizer, layout) run and be observed.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestIdleCallback(() => {
          setTimeout(resolve, 300);
        });
      }),
  );
  return page.evaluate(
    (t) => (window.__longTasks ?? []).filter((e) => e.start >= t).map((e) => Math.round(e.duration)),
    since,
  );
}
