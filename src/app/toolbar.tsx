import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { JsonObject } from '../domain/index.ts';
import type { DocumentStore } from '../lib/document-store.ts';
import { ExportButtons } from '../features/import-export/index.ts';
import { SizeMeter } from '../features/size-meter/index.ts';
import { TracingGroup } from '../features/sidecars/index.ts';
import { exportText, fixEverything } from './domain-ops.ts';
import { starterDocument } from './starter-document.ts';
import {
  LazyExportButton,
  LazyImportControl,
  LazyPasteErrorControl,
  LazyShareButton,
  LazyTemplatesControl,
} from './toolbar-controls.tsx';
import { useDocument } from './use-document.ts';

export interface ToolbarProps {
  readonly store: DocumentStore<JsonObject>;
  /** Focus a path's field in the form and select it in the JSON pane. */
  readonly goTo: (path: string) => void;
  /** Controls placed first in the toolbar's actions (drafts, undo and redo). */
  readonly start?: React.ReactNode;
}

export function Toolbar({ store, goTo, start }: ToolbarProps): React.JSX.Element {
  const doc = useDocument(store);
  const [fixStatus, setFixStatus] = useState('');
  const family = typeof doc.family === 'string' && doc.family !== '' ? doc.family : '(no family)';
  const actions = useRef<HTMLDivElement>(null);
  useRowSeparators(actions);
  return (
    <header className="toolbar">
      <div className="toolbar-title">
        <h1>ECS task definition editor</h1>
        <p className="toolbar-family">
          Family <strong data-testid="toolbar-family">{family}</strong>
        </p>
        <SizeMeter store={store} />
      </div>
      <div className="toolbar-actions" ref={actions}>
        {start != null ? <ToolbarGroup>{start}</ToolbarGroup> : null}
        <ToolbarGroup>
          <LazyImportControl store={store} />
          <LazyTemplatesControl store={store} starter={starterDocument} />
          <LazyPasteErrorControl store={store} onGoTo={goTo} />
        </ToolbarGroup>
        <ToolbarGroup>
          <button
            type="button"
            className="primary"
            onClick={() => {
              const out = fixEverything(store.get().value);
              const n = out.applied.length;
              if (n === 0) {
                setFixStatus('Nothing to fix automatically');
                return;
              }
              store.set(out.document, 'fix');
              setFixStatus(`Applied ${n} ${n === 1 ? 'fix' : 'fixes'}`);
            }}
          >
            Fix all
          </button>
          <span className="toolbar-status" role="status" aria-live="polite">
            {fixStatus}
          </span>
        </ToolbarGroup>
        <ToolbarGroup>
          <TracingGroup store={store} />
        </ToolbarGroup>
        <ToolbarGroup>
          <ExportButtons
            getText={() => exportText(store.get().value)}
            getFamily={() => store.get().value.family}
          />
          <LazyExportButton store={store} />
          <LazyShareButton store={store} />
        </ToolbarGroup>
      </div>
    </header>
  );
}

/**
 * Related controls, kept together when the toolbar wraps, with a line before them. The line sits in the
 * gap between groups and takes no room, so that it can be hidden where a group starts a row.
 */
function ToolbarGroup({ children }: { readonly children: React.ReactNode }): React.JSX.Element {
  return (
    <div className="toolbar-group">
      <span className="toolbar-sep" aria-hidden="true" />
      {children}
    </div>
  );
}

/** Hides the line of each group that starts a row: no row of the toolbar begins or ends with a line. */
function useRowSeparators(box: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const update = (): void => {
      let previousRight = -Infinity;
      for (const group of el.children) {
        const rect = group.getBoundingClientRect();
        // In a wrapping row, the next group starts right of the one before; on a new row, left of it.
        const startsRow = rect.left < previousRight;
        const line = group.querySelector(':scope > .toolbar-sep');
        if (line instanceof HTMLElement) line.hidden = startsRow || previousRight === -Infinity;
        previousRight = rect.right;
      }
    };
    update();
    if (typeof ResizeObserver === 'undefined') return undefined;
    // A group changes size when a label changes ("Add" / "Remove") or a lazy control replaces its
    // stand-in; the toolbar when the window does. Either can move a group to another row.
    const observer = new ResizeObserver(update);
    observer.observe(el);
    for (const group of el.children) observer.observe(group);
    return () => {
      observer.disconnect();
    };
  }, [box]);
}
