// `npx tsx bench/profile.ts [paste|keys|problems]`: a CPU profile (Chrome DevTools protocol) of one
// interaction on the big definition, printed as the functions with the most self time. Build without
// minifying for readable names: `npx vite build --mode e2e --minify false --outDir <dir>`, then
// BENCH_DIST=<dir>.
import type { Browser, Page } from '@playwright/test';
import { keystroke, openPage, pasteBigDefinition, problemsAfterKeystroke } from './interactions.ts';
import { launchBrowser, startServer, stopServer } from './server.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function top(profile: Profile, n: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    const f = node.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') return;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  // Inclusive time: a sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (!f || f.functionName === '(idle)' || f.functionName === '(program)' || f.functionName === '(root)')
        continue;
      seen.add(`${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`);
    }
    for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
  });
  const fmt = (m: Map<string, number>): string[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`);
  // Self time by script (the app and React, Monaco, the pane's chunk), and the engine's own work.
  const byScript = new Map<string, number>();
  for (const [k, v] of self) {
    const file = (k.split(' ')[1] ?? '').replace(/-[\w-]{8}\.js:\d+$/, '').replace(/:\d+$/, '');
    byScript.set(file || k, (byScript.get(file || k) ?? 0) + v);
  }
  return [
    `busy ${total.toFixed(1)} ms`,
    '-- self by script',
    ...fmt(byScript),
    '-- self',
    ...fmt(self),
    '-- inclusive',
    ...fmt(inclusive),
  ].join('\n');
}

/** Inclusive ms per function name (a sample counts once for each distinct name on its stack). */
function inclusiveByName(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName;
      if (name && name !== '(idle)' && name !== '(program)' && name !== '(root)') seen.add(name);
    }
    for (const k of seen) out.set(k, (out.get(k) ?? 0) + dt);
  });
  return out;
}

/** The call tree, nodes with at least `minMs` inclusive, chains of single children folded. */
function tree(profile: Profile, minMs: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  const incl = new Map<number, number>();
  const total = (id: number): number => {
    const node = byId.get(id);
    const v = (selfMs.get(id) ?? 0) + (node?.children ?? []).reduce((s, c) => s + total(c), 0);
    incl.set(id, v);
    return v;
  };
  const root = profile.nodes[0];
  if (!root) return '';
  total(root.id);
  const out: string[] = [];
  const walk = (id: number, depth: number): void => {
    const node = byId.get(id);
    if (!node) return;
    const f = node.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') return;
    const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
    out.push(`${' '.repeat(Math.min(depth, 60))}${(incl.get(id) ?? 0).toFixed(1)} ${name}`);
    const kids = (node.children ?? []).filter((c) => (incl.get(c) ?? 0) >= minMs);
    kids.sort((a, b) => (incl.get(b) ?? 0) - (incl.get(a) ?? 0));
    for (const c of kids) walk(c, kids.length > 1 ? depth + 1 : depth);
  };
  walk(root.id, 0);
  return out.join('\n');
}

async function profile(page: Page, run: () => Promise<unknown>): Promise<[unknown, Profile]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await run();
  // PROFILE_TAIL_MS=0 stops at the figure (the critical path only); the default keeps the work after it.
  await new Promise((r) => setTimeout(r, Number(process.env.PROFILE_TAIL_MS ?? 300)));
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  return [result, profile];
}

async function profiled(page: Page, run: () => Promise<unknown>): Promise<string> {
  const [result, taken] = await profile(page, run);
  const minMs = Number(process.env.TREE_MS ?? 0);
  const body = minMs > 0 ? tree(taken, minMs) : top(taken, 40);
  return `result: ${JSON.stringify(result)}\n${body}`;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { type?: string; functionName?: string; url?: string; lineNumber?: number };
  };
}

/** The renderer main thread's tasks over 1 ms (wall, then CPU), each with the events directly inside it (CPU). */
function timeline(events: readonly TraceEvent[]): string {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const tasks = mine.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const first = tasks[0]?.ts ?? 0;
  const out: string[] = [];
  for (const t of tasks) {
    const dur = (t.dur ?? 0) / 1000;
    if (dur < 1) continue;
    const inner = mine.filter(
      (e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 300,
    );
    const parts = inner
      .filter(
        (e) =>
          !inner.some(
            (o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && o.dur !== e.dur,
          ),
      )
      .map((e) => {
        const d = e.args?.data;
        const what =
          d?.type ??
          (d?.functionName
            ? `${d.functionName}@${(d.url ?? '').split('/').pop() ?? ''}:${d.lineNumber ?? 0}`
            : '');
        return `${e.name}${what ? `(${what})` : ''} ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(1)}`;
      });
    out.push(
      `${((t.ts - first) / 1000).toFixed(1).padStart(8)} +${dur.toFixed(1).padStart(6)} ms, cpu ${((t.tdur ?? 0) / 1000).toFixed(1).padStart(6)}  ${parts.join(', ')}`,
    );
  }
  // CPU per thread over the whole trace: the JSON worker's schema validation shows up here.
  const names = new Map(
    events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']),
  );
  const perThread = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask')) continue;
    const k = `${names.get(`${e.pid}:${e.tid}`) ?? '?'} ${e.pid}:${e.tid}`;
    perThread.set(k, (perThread.get(k) ?? 0) + (e.tdur ?? 0) / 1000);
  }
  out.push('-- CPU ms per thread');
  for (const [k, v] of [...perThread].sort((a, b) => b[1] - a[1]).slice(0, 8))
    out.push(`${v.toFixed(1).padStart(8)}  ${k}`);
  return out.join('\n');
}

/**
 * `paste-runs`: PROFILE_RUNS pastes (default 7), each on a fresh page, and the median inclusive ms of
 * each function named in PROFILE_FUNCS (comma-separated; default: React's render and commit,
 * Monaco's edit and its render) from the paste to the figure: one profile is too noisy to compare.
 */
async function pasteRuns(browser: Browser): Promise<string> {
  const runs = Number(process.env.PROFILE_RUNS ?? 7);
  const names = (
    process.env.PROFILE_FUNCS ?? 'performWorkOnRoot,renderRootSync,commitRoot,_doApplyEdits,renderText,render'
  ).split(',');
  const per = new Map<string, number[]>(names.map((n) => [n, []]));
  const wall: number[] = [];
  for (let r = 0; r < runs; r++) {
    const page = await openPage(browser, process.env.BENCH_PATH ?? '/');
    const [result, taken] = await profile(page, () => pasteBigDefinition(page));
    wall.push((result as { ms: number }).ms);
    const incl = inclusiveByName(taken);
    for (const n of names) per.get(n)?.push(incl.get(n) ?? 0);
    await page.context().close();
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  return [
    `${runs} pastes, profiled (slower than unprofiled), median ms`,
    `${median(wall).toFixed(1).padStart(8)}  paste -> form painted (wall)`,
    ...names.map(
      (n) =>
        `${median(per.get(n) ?? [])
          .toFixed(1)
          .padStart(8)}  ${n}`,
    ),
  ].join('\n');
}

const what = process.argv[2] ?? 'paste';
const server = await startServer();
const browser = await launchBrowser();
try {
  if (what === 'paste-runs') {
    process.env.PROFILE_TAIL_MS ??= '0';
    process.stdout.write(`${await pasteRuns(browser)}\n`);
  } else {
    const page = await openPage(browser, process.env.BENCH_PATH ?? '/');
    if (what === 'trace-paste' || what === 'trace-keys') {
      if (what === 'trace-keys') await pasteBigDefinition(page);
      await new Promise((r) => setTimeout(r, 1000));
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
      });
      const result =
        what === 'trace-paste'
          ? await pasteBigDefinition(page)
          : await keystroke(page, 'q').then(async (a) => [a, await keystroke(page, 'r')]);
      // Long enough for the JSON worker's debounced schema validation and its markers.
      await new Promise((r) => setTimeout(r, 1500));
      const buf = await browser.stopTracing();
      const { traceEvents } = JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] };
      process.stdout.write(`result: ${JSON.stringify(result)}\n${timeline(traceEvents)}\n`);
    } else if (what === 'paste') {
      // Monaco instantiates some contributions at idle after it is created: let that finish first.
      await new Promise((r) => setTimeout(r, 1500));
      process.stdout.write(`${await profiled(page, () => pasteBigDefinition(page))}\n`);
    } else {
      await pasteBigDefinition(page);
      await new Promise((r) => setTimeout(r, 1000));
      const run =
        what === 'keys'
          ? async () => {
              const out = [];
              for (let k = 0; k < 20; k++) out.push(await keystroke(page, String.fromCharCode(97 + k)));
              return out.map((t) => `${t.textMs.toFixed(1)}/${t.paintMs.toFixed(1)}`).join(' ');
            }
          : async () => {
              const out = [];
              for (let k = 0; k < 5; k++) {
                out.push(await problemsAfterKeystroke(page, 'Bad'));
                out.push(await problemsAfterKeystroke(page, 'Undo'));
              }
              return out.map((t) => t.toFixed(1)).join(' ');
            };
      process.stdout.write(`${await profiled(page, run)}\n`);
    }
  }
} finally {
  await browser.close();
  stopServer(server);
}
