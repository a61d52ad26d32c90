// The idle-time queue behind the large task's cards: in order, as many jobs as an idle period has
// room for, and all of them soon after TIMEOUT_MS when the page never becomes idle.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

type IdleCallback = (deadline: { didTimeout: boolean; timeRemaining: () => number }) => void;
let pending: { cb: IdleCallback; timeout: number }[] = [];

beforeEach(() => {
  pending = [];
  vi.resetModules();
  vi.stubGlobal('requestIdleCallback', (cb: IdleCallback, opts: { timeout: number }) => {
    pending.push({ cb, timeout: opts.timeout });
    return pending.length;
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function queueJobs(n: number): Promise<string[]> {
  const { deferUntilIdle } = await import('./deferred-mount.ts');
  const ran: string[] = [];
  for (let i = 0; i < n; i++)
    deferUntilIdle(() => {
      ran.push(`job${i}`);
    });
  return ran;
}

function next(deadline: { didTimeout: boolean; timeRemaining: () => number }): void {
  const p = pending.shift();
  if (!p) throw new Error('nothing scheduled');
  p.cb(deadline);
}

it('runs one job when an idle period is short, and the rest in order when there is room', async () => {
  const ran = await queueJobs(4);
  expect(pending).toHaveLength(1);
  expect(ran).toEqual([]);
  next({ didTimeout: false, timeRemaining: () => 2 });
  expect(ran).toEqual(['job0']);
  next({ didTimeout: false, timeRemaining: () => 40 });
  expect(ran).toEqual(['job0', 'job1', 'job2', 'job3']);
  expect(pending).toHaveLength(0);
});

it('once overdue, a callback runs a slice of jobs, not one', async () => {
  const { TIMEOUT_MS } = await import('./deferred-mount.ts');
  const ran = await queueJobs(6);
  expect(pending[0]?.timeout).toBeGreaterThan(TIMEOUT_MS - 50);
  next({ didTimeout: true, timeRemaining: () => 0 });
  expect(ran).toHaveLength(6);
});

it('a job taken off the queue does not run', async () => {
  const { deferUntilIdle } = await import('./deferred-mount.ts');
  const ran: string[] = [];
  const cancel = deferUntilIdle(() => ran.push('cancelled'));
  deferUntilIdle(() => ran.push('kept'));
  cancel();
  next({ didTimeout: false, timeRemaining: () => 40 });
  expect(ran).toEqual(['kept']);
});
