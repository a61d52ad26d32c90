import { useState } from 'react';
import { copyText, downloadText, fileNameFor } from './file-actions.ts';

export interface ExportButtonsProps {
  /** Called at click time so the text is always the current document. */
  readonly getText: () => string;
  readonly getFamily: () => unknown;
}

/** "Download JSON" and "Copy JSON", each confirming what it did in a polite live region. */
export function ExportButtons({ getText, getFamily }: ExportButtonsProps): React.JSX.Element {
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        onClick={() => {
          const name = fileNameFor(getFamily());
          downloadText(name, getText());
          setStatus(`Saved ${name}`);
        }}
      >
        Download JSON
      </button>
      <button
        type="button"
        onClick={() => {
          copyText(getText()).then(
            () => {
              setStatus('Copied to the clipboard');
            },
            () => {
              setStatus('The browser refused the clipboard; use Download JSON instead');
            },
          );
        }}
      >
        Copy JSON
      </button>
      <span className="toolbar-status" role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}
