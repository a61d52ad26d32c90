// The note above the pane while its text does not parse: where, what, and, for text Import can read
// (a list of containers, YAML, JSON with comments), the one click that turns it into a document.
import { useState } from 'react';
import type { Importable } from '../../lib/json/parse-text.ts';

export interface PaneSyntax {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly importable?: Importable | undefined;
}

const ACTION: Record<Importable, string> = {
  containers: 'Wrap in a task definition',
  yaml: 'Convert from YAML',
  jsonc: 'Remove comments and trailing commas',
};

export interface SyntaxNoteProps {
  readonly syntax: PaneSyntax;
  /** Reads the pane's text as Import does and makes it the document; a message when it cannot. */
  readonly convert: () => Promise<string | undefined>;
}

export function SyntaxNote({ syntax, convert }: SyntaxNoteProps): React.JSX.Element {
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const { importable } = syntax;
  return (
    <p className="pane-note pane-note-error" role="status">
      Line {syntax.line}, column {syntax.column}: {syntax.message} The form and the problems list keep the
      last valid document until the JSON parses again.
      {importable ? (
        <>
          {' '}
          <button
            type="button"
            className="pane-note-action"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              convert()
                .then(setFailure, (e: unknown) => {
                  setFailure(`It could not be read: ${String(e)}`);
                })
                .finally(() => {
                  setBusy(false);
                });
            }}
          >
            {ACTION[importable]}
          </button>
        </>
      ) : null}
      {failure ? <span className="pane-note-failure"> {failure}</span> : null}
    </p>
  );
}
