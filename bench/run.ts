// `npm run bench`: prints the figures as Markdown tables. `--node` or `--browser` runs one half.
import { machine } from './machine.ts';
import { nodeBench } from './node.ts';

const args = new Set(process.argv.slice(2));
const all = !args.has('--node') && !args.has('--browser');
process.stdout.write(`${machine()}\n\n`);
if (all || args.has('--node')) process.stdout.write(await nodeBench());
if (all || args.has('--browser')) {
  const { browserBench } = await import('./browser.ts');
  process.stdout.write(await browserBench());
}
