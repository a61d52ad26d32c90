// focusFormPath: find the control for an AWS-CLI path (every control carries `data-path`), reveal
// it (open collapsed lists and <details>), scroll to it and focus it.
import { flushSync } from 'react-dom';

type Expander = () => void;
const expanders = new Map<string, Set<Expander>>();

/** A collapsed section registers how to reveal the paths under `prefix`. Returns the unregister call. */
export function registerExpander(prefix: string, expand: Expander): () => void {
  let set = expanders.get(prefix);
  if (!set) expanders.set(prefix, (set = new Set()));
  set.add(expand);
  return () => {
    set.delete(expand);
    if (set.size === 0) expanders.delete(prefix);
  };
}

/** Runs, rendered at once, the expanders registered for exactly `prefix` (a card about to be focused). */
export function expandAt(prefix: string): void {
  const set = expanders.get(prefix);
  if (!set || set.size === 0) return;
  const all = [...set];
  flushSync(() => {
    for (const expand of all) expand();
  });
}

function find(path: string): HTMLElement | null {
  // A quoted attribute value needs only `\` and `"` escaped (CSS.escape is missing in some DOMs).
  return document.querySelector<HTMLElement>(`[data-path="${path.replace(/["\\]/g, '\\$&')}"]`);
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}[`) || path.startsWith(`${prefix}.`);
}

export function focusFormPath(path: string): boolean {
  if (typeof document === 'undefined') return false;
  let el = find(path);
  // Expanding one section can mount another that hides the path (a long list in a closed group).
  const done = new Set<Expander>();
  while (!el) {
    const matching = [...expanders]
      .filter(([prefix]) => under(path, prefix))
      .flatMap(([, set]) => [...set])
      .filter((expand) => !done.has(expand));
    if (matching.length === 0) break;
    flushSync(() => {
      for (const expand of matching) {
        done.add(expand);
        expand();
      }
    });
    el = find(path);
  }
  if (!el) return false;
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  el.scrollIntoView?.({ block: 'center' });
  el.focus();
  return true;
}
