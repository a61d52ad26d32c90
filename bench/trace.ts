// The main thread's CPU time between two performance marks, from a Chrome trace. Unlike wall time it
// hardly moves with the machine's load, and unlike the CDP thread clock it stops at the second mark
// (work after the figure, such as problems at idle, is not in it).
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** CPU ms of the renderer main thread's tasks that overlap the span from mark `from` to mark `to`. */
export function cpuBetween(events: readonly TraceEvent[], from: string, to: string): number {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mark = (name: string): number | undefined =>
    events.find((e) => e.name === name && (e.cat ?? '').includes('user_timing'))?.ts;
  const start = mark(from);
  const end = mark(to);
  if (!main || start === undefined || end === undefined) return NaN;
  let us = 0;
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !TASK.has(e.name)) continue;
    const t1 = e.ts + (e.dur ?? 0);
    if (t1 < start || e.ts > end) continue;
    us += e.tdur ?? 0;
  }
  return us / 1000;
}

/** Runs `fn` under a trace of `page` and returns its result and the main thread's CPU ms between the marks. */
export async function traced<T>(
  browser: Browser,
  page: Page,
  marks: readonly [string, string],
  fn: () => Promise<T>,
): Promise<{ result: T; cpuMs: number }> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  const result = await fn();
  const buf = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] };
  return { result, cpuMs: cpuBetween(traceEvents, marks[0], marks[1]) };
}
