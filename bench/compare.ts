// `npx tsx bench/compare.ts /base/ /`: the same interactions against two builds served side by side
// (build the baseline with `--base /base/` into <dist>/base), interleaved so that the machine's load
// falls on both alike. Prints each figure's medians and the ratio new / baseline.
import {
  keystroke,
  openPage,
  pasteBigDefinition,
  problemsAfterKeystroke,
  threadClock,
} from './interactions.ts';
import { launchBrowser, startServer, stopServer } from './server.ts';
import { ms, summarize, table } from './stats.ts';
import { traced } from './trace.ts';

const [basePath = '/base/', newPath = '/'] = process.argv.slice(2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const KEYS = 20;
// BENCH_ONLY=paste (or keys, problems, comma-separated) runs a subset: a paste-only round takes seconds.
const only = new Set((process.env.BENCH_ONLY ?? 'paste,keys,problems').split(','));
// BENCH_TRACE=1 traces each paste: 'paste path cpu' is the main thread's CPU from the paste to the
// paint that shows the form, which the machine's load hardly moves (the trace slows the wall figure).
const TRACE = process.env.BENCH_TRACE === '1';
// 'cards complete': from the paste to the paint in which every container card has all its controls
// (a large task's cards after the first mount the rest at idle; before that, the same frame as 'paste').

type Figures = Record<
  'paste' | 'paste cpu' | 'paste path cpu' | 'cards complete' | 'text' | 'paint' | 'key cpu' | 'problems',
  number[]
>;
const empty = (): Figures => ({
  paste: [],
  'paste cpu': [],
  'paste path cpu': [],
  'cards complete': [],
  text: [],
  paint: [],
  'key cpu': [],
  problems: [],
});

const server = await startServer();
const browser = await launchBrowser();
try {
  const results: [Figures, Figures] = [empty(), empty()];
  const paths = [basePath, newPath];
  for (let round = 0; round < ROUNDS; round++) {
    for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const figures = results[which as 0 | 1];
      const page = await openPage(browser, paths[which]);
      const clock = await threadClock(page);
      if (TRACE) {
        const t = await traced(browser, page, ['bench-paste', 'bench-pasted'], () =>
          pasteBigDefinition(page, clock),
        );
        figures.paste.push(t.result.ms);
        figures['paste cpu'].push(t.result.cpuMs);
        figures['paste path cpu'].push(t.cpuMs);
        figures['cards complete'].push(await t.result.complete());
      } else {
        const paste = await pasteBigDefinition(page, clock);
        figures.paste.push(paste.ms);
        figures['paste cpu'].push(paste.cpuMs);
        figures['cards complete'].push(await paste.complete());
      }
      if (only.size > 1 || !only.has('paste')) await page.waitForTimeout(500);
      for (let k = 0; only.has('keys') && k < KEYS; k++) {
        const t = await keystroke(page, String.fromCharCode(97 + (k % 26)), clock);
        figures.text.push(t.textMs);
        figures.paint.push(t.paintMs);
        figures['key cpu'].push(t.cpuMs);
      }
      for (let k = 0; only.has('problems') && k < 3; k++) {
        figures.problems.push(await problemsAfterKeystroke(page, 'Bad'));
        figures.problems.push(await problemsAfterKeystroke(page, 'Undo'));
      }
      await page.context().close();
    }
  }
  const measured = (Object.keys(results[0]) as (keyof Figures)[]).filter((k) => results[0][k].length > 0);
  const rows = measured.map((k) => {
    const a = summarize(results[0][k]);
    const b = summarize(results[1][k]);
    return [
      k,
      ms(a.median),
      ms(a.p95),
      ms(b.median),
      ms(b.p95),
      (b.median / a.median).toFixed(2),
      (b.p95 / a.p95).toFixed(2),
    ];
  });
  process.stdout.write(
    `${table(['figure', 'base median', 'base p95', 'new median', 'new p95', 'median ratio', 'p95 ratio'], rows)}\n`,
  );
} finally {
  await browser.close();
  stopServer(server);
}
