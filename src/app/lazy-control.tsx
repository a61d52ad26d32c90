// A toolbar control whose code loads after the form is usable. Until it has loaded, stand-in buttons
// with the same names hold its place; the module is fetched once the page is idle after the first
// paint, or at once when a stand-in is clicked (the click is then replayed on the real button, which
// opens its dialog), so the first click may show "Loading…" for a moment and nothing else changes.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType } from 'react';

export interface StandInButton {
  /** The real button's text, which is its accessible name. */
  readonly label: string;
  /** The real button has aria-haspopup="dialog". */
  readonly popup?: boolean;
}

export interface LazyControlOptions<P> {
  readonly name: string;
  readonly buttons: readonly StandInButton[];
  readonly load: () => Promise<ComponentType<P>>;
  /** The control takes files dropped anywhere on the page: a drop before it has loaded is replayed. */
  readonly takesDrops?: boolean;
}

const contents: React.CSSProperties = { display: 'contents' };

export function lazyControl<P extends object>(options: LazyControlOptions<P>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const load = (): Promise<ComponentType<P>> => {
    loading ??= options.load().then(
      (control) => {
        loaded = control;
        return control;
      },
      (error: unknown) => {
        loading = undefined; // a later click tries again
        throw error;
      },
    );
    return loading;
  };

  function LazyControl(props: P): React.JSX.Element {
    const [Control, setControl] = useState<ComponentType<P> | undefined>(() => loaded);
    const [clicked, setClicked] = useState<string | undefined>();
    const [failed, setFailed] = useState(false);
    const box = useRef<HTMLSpanElement>(null);
    const dropped = useRef<File | undefined>(undefined);

    const start = useCallback(() => {
      load().then(
        (control) => {
          setFailed(false);
          setControl(() => control);
        },
        (error: unknown) => {
          console.warn(`${options.name} could not be loaded`, error);
          setClicked(undefined);
          setFailed(true);
        },
      );
    }, []);

    useEffect(() => {
      if (Control) return undefined;
      return whenIdleAfterPaint(start);
    }, [Control, start]);

    // The real control is in the page: give the click that asked for it to its button.
    useLayoutEffect(() => {
      if (!Control || clicked === undefined) return;
      setClicked(undefined);
      const button = [...(box.current?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent.trim() === clicked,
      );
      button?.focus();
      button?.click();
    }, [Control, clicked]);

    useEffect(() => {
      if (!options.takesDrops) return undefined;
      if (Control) {
        // The control's own listeners are in place (a child's effects run first): hand it the file.
        const file = dropped.current;
        dropped.current = undefined;
        if (file) replayDrop(file);
        return undefined;
      }
      return holdDrops((file) => {
        dropped.current = file;
        start();
      }, start);
    }, [Control, start]);

    if (Control)
      return (
        <span ref={box} style={contents}>
          <Control {...props} />
        </span>
      );
    const status = clicked !== undefined ? 'Loading…' : failed ? `${options.name} could not be loaded.` : '';
    return (
      <span ref={box} style={contents}>
        {options.buttons.map(({ label, popup }) => (
          <button
            key={label}
            type="button"
            aria-busy={clicked === label}
            {...(popup ? { 'aria-haspopup': 'dialog' as const } : {})}
            onClick={() => {
              setClicked(label);
              setFailed(false);
              start();
            }}
          >
            {label}
          </button>
        ))}
        <span className="toolbar-status" role="status" aria-live="polite">
          {status}
        </span>
      </span>
    );
  }
  LazyControl.displayName = `Lazy(${options.name})`;
  return LazyControl;
}

/** Runs `task` when the page is idle after its first paint; returns a cancel. */
function whenIdleAfterPaint(task: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let second = 0;
  const first = requestAnimationFrame(() => {
    second = requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout: 2000 });
      else timer = setTimeout(task, 0);
    });
  });
  return () => {
    cancelAnimationFrame(first);
    cancelAnimationFrame(second);
    if (idle !== undefined) cancelIdleCallback(idle);
    if (timer !== undefined) clearTimeout(timer);
  };
}

const hasFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Before the drop zone's code has loaded, a file dropped on the page must not make the browser open
 * it in place of the editor: keep it for the control instead.
 */
function holdDrops(onDrop: (file: File) => void, onDrag: () => void): () => void {
  const over = (e: DragEvent): void => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    onDrag();
  };
  const drop = (e: DragEvent): void => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.stopPropagation();
    const file = e.dataTransfer?.files[0];
    if (file) onDrop(file);
  };
  window.addEventListener('dragover', over, true);
  window.addEventListener('drop', drop, true);
  return () => {
    window.removeEventListener('dragover', over, true);
    window.removeEventListener('drop', drop, true);
  };
}

function replayDrop(file: File): void {
  if (typeof DataTransfer !== 'function' || typeof DragEvent !== 'function') return;
  const data = new DataTransfer();
  data.items.add(file);
  document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}
