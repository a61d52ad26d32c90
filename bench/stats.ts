// Repeated measurements summarised as median and p95. No thresholds here: the figures are printed,
// and the README records them with the machine they came from.
export interface Summary {
  readonly runs: number;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { runs: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN };
}

/** Times `fn` `runs` times after `warmup` untimed calls; milliseconds per call. */
export function measure(fn: () => unknown, runs = 200, warmup = 30): Summary {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

export const ms = (n: number): string => (n < 1 ? n.toFixed(3) : n.toFixed(2));

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    '| ' + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  return [line(headers), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join(
    '\n',
  );
}
