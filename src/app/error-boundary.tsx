import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { JsonObject } from '../domain/index.ts';
import type { DocumentStore } from '../lib/document-store.ts';
import { downloadText, fileNameFor } from '../features/import-export/index.ts';
import { exportText } from './domain-ops.ts';

interface Props {
  readonly store: DocumentStore<JsonObject>;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/**
 * An exception anywhere below shows a recovery screen instead of a blank page. The document lives in
 * the store, outside React, so it survives the crash and can be saved before anything else is tried.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('The editor crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const doc = this.props.store.get().value;
    return (
      <main className="recovery">
        <h1>Something went wrong in the editor</h1>
        <p>Your task definition is safe. Download it first, then try the editor again.</p>
        <div className="recovery-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              downloadText(fileNameFor(doc.family), recoveryText(doc));
            }}
          >
            Download the current document
          </button>
          <button
            type="button"
            onClick={() => {
              this.setState({ error: null });
            }}
          >
            Try again
          </button>
        </div>
        <details>
          <summary>Technical details</summary>
          <pre>{error.message}</pre>
        </details>
      </main>
    );
  }
}

/** The export, or, if the export itself is what crashed, the raw document. */
function recoveryText(doc: JsonObject): string {
  try {
    return exportText(doc);
  } catch {
    return `${JSON.stringify(doc, null, 2)}\n`;
  }
}
