// Moves keyboard focus to the form control for an AWS-CLI path. Every control carries `data-path`.
export function focusFormPath(path: string): boolean {
  if (typeof document === 'undefined') return false;
  const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  el.focus();
  return true;
}
