// The toolbar's "Import" button, its dialog, and the page-wide drop zone: a file dropped anywhere on
// the page opens the dialog with that file's preview. Replace is one store update, origin 'import'.
import { useEffect, useState } from 'react';
import type { JsonObject } from '../../domain/index.ts';
import type { DocumentStore } from '../../lib/document-store.ts';
import { readDroppedFile } from './decode-file.ts';
import { ImportDialog, type ImportSource } from './import-dialog.tsx';

const hasFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes('Files') ?? false;

export function ImportControl({ store }: { readonly store: DocumentStore<JsonObject> }): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const [source, setSource] = useState<ImportSource | undefined>();
  const [dragging, setDragging] = useState(false);
  const [status, setStatus] = useState('');
  const [session, setSession] = useState(0);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      // Capture phase: the page, not the JSON pane (which would insert the file's path), takes the file.
      e.preventDefault();
      e.stopPropagation();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      void readDroppedFile(file).then((read) => {
        setSource(
          read.ok
            ? {
                kind: 'text',
                text: read.text,
                from: file.name,
                ...(read.warning ? { warning: read.warning } : {}),
              }
            : { kind: 'unreadable', message: read.message },
        );
        setSession((n) => n + 1);
        setOpen(true);
      });
    };
    window.addEventListener('dragenter', enter, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('dragover', over, true);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragenter', enter, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('dragover', over, true);
      window.removeEventListener('drop', drop, true);
    };
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setSource(undefined);
          setSession((n) => n + 1);
          setOpen(true);
        }}
      >
        Import
      </button>
      <span className="toolbar-status" role="status" aria-live="polite">
        {status}
      </span>
      {dragging ? (
        <div className="import-drop-overlay" aria-hidden="true">
          Drop the file to import it
        </div>
      ) : null}
      <ImportDialog
        key={session}
        open={open}
        source={source}
        onClose={() => {
          setOpen(false);
        }}
        onReplace={(doc, recognised) => {
          store.set(doc, 'import');
          setOpen(false);
          setStatus(`Imported the ${recognised}`);
        }}
      />
    </>
  );
}
