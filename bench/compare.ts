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

const [basePath = '/base/', newPath = '/'] = process.argv.slice(2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const KEYS = 20;

type Figures = Record<'paste' | 'paste cpu' | 'text' | 'paint' | 'key cpu' | 'problems', number[]>;
const empty = (): Figures => ({
  paste: [],
  'paste cpu': [],
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
      const paste = await pasteBigDefinition(page, clock);
      figures.paste.push(paste.ms);
      figures['paste cpu'].push(paste.cpuMs);
      await page.waitForTimeout(500);
      for (let k = 0; k < KEYS; k++) {
        const t = await keystroke(page, String.fromCharCode(97 + (k % 26)), clock);
        figures.text.push(t.textMs);
        figures.paint.push(t.paintMs);
        figures['key cpu'].push(t.cpuMs);
      }
      for (let k = 0; k < 3; k++) {
        figures.problems.push(await problemsAfterKeystroke(page, 'Bad'));
        figures.problems.push(await problemsAfterKeystroke(page, 'Undo'));
      }
      await page.context().close();
    }
  }
  const rows = (Object.keys(results[0]) as (keyof Figures)[]).map((k) => {
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
