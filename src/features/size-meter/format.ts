// "41.2 KB of 64 KB": kilobytes of 1,024 bytes, the unit the 64 KiB registration limit is quoted in.

export function formatKilobytes(bytes: number): string {
  const kb = bytes / 1024;
  if (kb >= 100 || Number.isInteger(kb)) return `${String(Math.round(kb))} KB`;
  return `${kb.toFixed(1)} KB`;
}

export interface SizeReading {
  readonly bytes: number;
  readonly limit: number;
  readonly text: string;
  readonly level: 'ok' | 'near' | 'over';
}

/** Near the limit from 90 %: large values (environment, commands) usually come in big steps. */
export function readSize(bytes: number, limit: number): SizeReading {
  const over = bytes > limit;
  const level = over ? 'over' : bytes >= limit * 0.9 ? 'near' : 'ok';
  const excess = bytes - limit;
  const text = over
    ? `${formatKilobytes(bytes)} of ${formatKilobytes(limit)}: ${String(excess)} ${excess === 1 ? 'byte' : 'bytes'} over the registration limit`
    : `${formatKilobytes(bytes)} of ${formatKilobytes(limit)}`;
  return { bytes, limit, text, level };
}
