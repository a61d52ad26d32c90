// `npx tsx bench/run.ts --size`: only the "JavaScript before the form is usable" figure, from the build
// (index.html and static imports) and from cold loads in Chromium, file by file.
import { initialJsOfBuild, loadAndMeasureJs, type JsFile } from './initial-js.ts';
import { BASE, DIST, launchBrowser, startServer, stopServer } from './server.ts';
import { table } from './stats.ts';

const BUDGET_KB = 200;
const LOADS = 5;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export async function sizeBench(): Promise<string> {
  const built = initialJsOfBuild(DIST);
  const server = await startServer();
  const browser = await launchBrowser();
  const loaded: { gzipBytes: number; files: readonly JsFile[] }[] = [];
  try {
    for (let i = 0; i < LOADS; i++) loaded.push(await loadAndMeasureJs(browser, BASE));
  } finally {
    await browser.close();
    stopServer(server);
  }
  const inBrowser = loaded.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  const figure = Math.max(built.gzipBytes, inBrowser.gzipBytes);
  const names = new Set([...built.files, ...inBrowser.files].map((f) => f.file));
  const rows = [...names].map((name) => [
    name,
    kb(built.files.find((f) => f.file === name)?.gzipBytes ?? 0),
    kb(inBrowser.files.find((f) => f.file === name)?.gzipBytes ?? 0),
  ]);
  rows.push(['total', kb(built.gzipBytes), kb(inBrowser.gzipBytes)]);
  let out = `### JavaScript before the form is usable (gzip), ${DIST}\n\n`;
  out += table(['file', 'from the build', `in Chromium (largest of ${LOADS} cold loads)`], rows);
  out += `\n\nFigure: ${kb(figure)} (budget <= ${BUDGET_KB} KB): ${figure <= BUDGET_KB * 1024 ? 'meets' : 'misses'}\n`;
  return out;
}
