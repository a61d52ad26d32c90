import { useEffect, useRef } from 'react';

/**
 * Escape anywhere inside the element calls `onEscape` (when given). A listener rather than onKeyDown,
 * because jsx-a11y rejects key handlers on a group element.
 */
export function useEscape(
  ref: React.RefObject<HTMLElement | null>,
  onEscape: (() => void) | undefined,
): void {
  const handler = useRef(onEscape);
  useEffect(() => {
    handler.current = onEscape;
  });
  const active = onEscape !== undefined;
  useEffect(() => {
    const el = ref.current;
    if (!el || !active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !handler.current) return;
      e.stopPropagation();
      handler.current();
    };
    el.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('keydown', onKey);
    };
  }, [ref, active]);
}
