import { useState } from 'react';
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
  return (
    <header className="toolbar">
      <div className="toolbar-title">
        <h1>ECS task definition editor</h1>
        <p className="toolbar-family">
          Family <strong data-testid="toolbar-family">{family}</strong>
        </p>
        <SizeMeter store={store} />
      </div>
      <div className="toolbar-actions">
        {start}
        <LazyImportControl store={store} />
        <LazyTemplatesControl store={store} starter={starterDocument} />
        <LazyPasteErrorControl store={store} onGoTo={goTo} />
        <span className="toolbar-sep" aria-hidden="true" />
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
        <span className="toolbar-sep" aria-hidden="true" />
        <TracingGroup store={store} />
        <span className="toolbar-sep" aria-hidden="true" />
        <ExportButtons
          getText={() => exportText(store.get().value)}
          getFamily={() => store.get().value.family}
        />
        <LazyExportButton store={store} />
        <LazyShareButton store={store} />
      </div>
    </header>
  );
}
