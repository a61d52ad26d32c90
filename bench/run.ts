// `npm run bench`: prints the figures as Markdown tables. `--node` or `--browser` runs one half;
// `--size` only the JavaScript loaded before the form is usable.
import { machine } from './machine.ts';
import { nodeBench } from './node.ts';

const args = new Set(process.argv.slice(2));
const all = !args.has('--node') && !args.has('--browser') && !args.has('--size') && !args.has('--hostile');
process.stdout.write(`${machine()}\n\n`);
if (all || args.has('--node')) process.stdout.write(await nodeBench());
if (all || args.has('--browser')) {
  const { browserBench } = await import('./browser.ts');
  process.stdout.write(await browserBench());
}
if (args.has('--size')) {
  const { sizeBench } = await import('./size.ts');
  process.stdout.write(await sizeBench());
}
if (args.has('--hostile')) {
  const { hostileBench } = await import('./hostile.ts');
  process.stdout.write(await hostileBench());
}
