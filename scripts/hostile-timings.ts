// Prints how long importText (and check, when the text is a task definition) takes on each hostile
// input of docs/robustness.md. Figures only; the tests assert behaviour. Run: npx tsx scripts/hostile-timings.ts
import { HOSTILE_TEXTS } from '../src/domain/properties/hostile-texts.test-util.ts';
import { check, importText } from '../src/domain/index.ts';

const rows: string[] = [];
for (const { name, text } of HOSTILE_TEXTS((bytes) => Buffer.from(bytes).toString('utf8'))) {
  const best = { read: Infinity, check: Infinity };
  let outcome = '';
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = importText(text);
    const t1 = performance.now();
    best.read = Math.min(best.read, t1 - t0);
    if (r.ok) {
      const problems = check(r.document);
      best.check = Math.min(best.check, performance.now() - t1);
      outcome = `ok, ${problems.length} problems`;
    } else outcome = `ReadError ${r.error.line}:${r.error.column} ${r.error.message.slice(0, 60)}`;
  }
  const size = text.length >= 1e6 ? `${(text.length / 1e6).toFixed(1)} M` : `${text.length}`;
  const checked = Number.isFinite(best.check) ? `${best.check.toFixed(0)} ms` : '-';
  rows.push(`| ${name} | ${size} | ${best.read.toFixed(0)} ms | ${checked} | ${outcome} |`);
}
console.log('| input | characters | importText | check | result |\n|---|---|---|---|---|');
console.log(rows.join('\n'));
