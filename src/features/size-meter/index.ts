export { SizeMeter } from './size-meter.tsx';
export type { SizeMeterProps } from './size-meter.tsx';
export { formatKilobytes, readSize, type SizeReading } from './format.ts';
