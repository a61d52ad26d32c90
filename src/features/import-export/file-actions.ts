// Saving and copying the exported text. Nothing leaves the browser: a blob URL and the clipboard.

/** `web-api` -> `web-api.json`; anything a file system would refuse becomes `-`. */
export function fileNameFor(family: unknown): string {
  const base = typeof family === 'string' ? family.trim().replace(/[^A-Za-z0-9_.-]+/g, '-') : '';
  return `${base === '' || /^[.-]+$/.test(base) ? 'task-definition' : base}.json`;
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
