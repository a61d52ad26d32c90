// Work that can wait until the page is idle: the rest of a container card on a large task (its
// toolbar, its other fields and its closed groups). Jobs run in the order they were queued, as many
// per idle period as fit, so that the frame that shows a pasted definition is not the one that mounts
// every control of every card.

type Job = () => void;

const queue: Job[] = [];
let scheduled = false;

/** Idle time left below which no further job starts in this idle period (a card takes a few ms). */
const MIN_LEFT_MS = 8;
/** An idle period may not come while the page stays busy: a job then runs anyway after this. */
const TIMEOUT_MS = 300;

interface Deadline {
  timeRemaining: () => number;
}

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: TIMEOUT_MS });
  else
    setTimeout(() => {
      run({ timeRemaining: () => 0 });
    }, 1);
}

function run(deadline: Deadline): void {
  scheduled = false;
  // At least one job per callback, so that a page that is never idle still gets there.
  do {
    queue.shift()?.();
  } while (queue.length > 0 && deadline.timeRemaining() >= MIN_LEFT_MS);
  schedule();
}

/** Queues `job` for an idle period; returns the call that takes it off the queue (e.g. on unmount). */
export function deferUntilIdle(job: Job): () => void {
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
