// Saving and copying the exported text. Nothing leaves the browser: a blob URL and the clipboard.
import { safeFileStem } from '../../domain/index.ts';

/** `web-api` -> `web-api.json`; anything a family may not hold becomes `-`; at most 205 characters. */
export function fileNameFor(family: unknown): string {
  return `${safeFileStem(typeof family === 'string' ? family : '')}.json`;
}

export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the URL is no longer needed.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
