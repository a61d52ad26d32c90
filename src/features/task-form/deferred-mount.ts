// Work that can wait until the page is idle: the rest of a container card on a large task (its
// toolbar, its other fields and its closed groups). Jobs run in the order they were queued, as many
// per idle period as fit, so that the frame that shows a pasted definition is not the one that mounts
// every control of every card. A page that stays busy still gets them all soon after TIMEOUT_MS.

type Job = () => void;

const queue: Job[] = [];
let scheduled = false;
/** When the oldest job still queued was queued (performance.now()). */
let since = 0;

/** Idle time left below which no further job starts in this idle period (a card takes a few ms). */
const MIN_LEFT_MS = 8;
/** How long the queue may wait for idle periods before it runs anyway, in slices. */
export const TIMEOUT_MS = 300;
/** Once overdue, the jobs run in slices of about this long, each in its own task. */
const SLICE_MS = 10;

interface Deadline {
  readonly didTimeout: boolean;
  timeRemaining: () => number;
}

const now = (): number => performance.now();

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  const timeout = Math.max(1, since + TIMEOUT_MS - now());
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout });
  else
    setTimeout(() => {
      run({ didTimeout: true, timeRemaining: () => 0 });
    }, 1);
}

function run(deadline: Deadline): void {
  scheduled = false;
  const start = now();
  const more = (): boolean =>
    queue.length > 0 &&
    (deadline.didTimeout ? now() - start < SLICE_MS : deadline.timeRemaining() >= MIN_LEFT_MS);
  // At least one job per callback, so that a page that is never idle still gets there.
  do {
    queue.shift()?.();
  } while (more());
  schedule();
}

/** Queues `job` for an idle period; returns the call that takes it off the queue (e.g. on unmount). */
export function deferUntilIdle(job: Job): () => void {
  if (queue.length === 0) since = now();
  queue.push(job);
  schedule();
  return () => {
    const i = queue.indexOf(job);
    if (i >= 0) queue.splice(i, 1);
  };
}

/** Runs every queued job now (tests; a caller that needs the whole form mounted at once). */
export function flushDeferred(): void {
  while (queue.length > 0) queue.shift()?.();
}
