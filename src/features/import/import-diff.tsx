// Before/after of an import in Monaco's diff editor, side by side and read-only. Loaded lazily (the
// Monaco chunk) through index.ts's ImportDiffLazy; the models live and die with the component.
import { useEffect, useRef } from 'react';
import { setupMonacoWorkers } from '../../lib/monaco/setup.ts';

export interface ImportDiffProps {
  readonly before: string;
  readonly after: string;
}

export function ImportDiff({ before, after }: ImportDiffProps): React.JSX.Element {
  const host = useRef<HTMLDivElement>(null);
  const models = useRef<{ setAfter: (text: string) => void } | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const monaco = setupMonacoWorkers();
    // The pasted text may be YAML or loose JSON (comments, placeholders): plain text, no false squiggles.
    const original = monaco.editor.createModel(before, 'plaintext');
    const modified = monaco.editor.createModel('', 'json');
    const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    const diff = monaco.editor.createDiffEditor(el, {
      readOnly: true,
      originalEditable: false,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: false,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 12,
      theme: dark ? 'vs-dark' : 'vs',
      originalAriaLabel: 'Before: the text as pasted',
      modifiedAriaLabel: 'After: the document that will replace yours',
    });
    diff.setModel({ original, modified });
    models.current = {
      setAfter: (text) => {
        if (modified.getValue() !== text) modified.setValue(text);
      },
    };
    return () => {
      models.current = null;
      diff.dispose();
      original.dispose();
      modified.dispose();
    };
  }, [before]);

  useEffect(() => {
    models.current?.setAfter(after);
  }, [after, before]);

  return <div ref={host} className="import-diff" data-testid="import-diff" />;
}
