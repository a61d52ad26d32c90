// The machine the figures come from, printed above them: the same code gives other numbers elsewhere,
// and on a shared machine the load average says how far to trust them.
import { cpus, loadavg, totalmem } from 'node:os';

export function machine(): string {
  const list = cpus();
  const model = list[0]?.model.trim() ?? 'unknown CPU';
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return (
    `Machine: ${model}, ${list.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM; ` +
    `${process.platform} ${process.arch}, Node ${process.version}; load average ${load}; ` +
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`
  );
}

export function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}
