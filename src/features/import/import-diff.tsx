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
    const viewModel = diff.createViewModel({ original, modified });
    diff.setModel(viewModel);
    models.current = {
      setAfter: (text) => {
        if (modified.getValue() !== text) modified.setValue(text);
      },
    };
    return () => {
      models.current = null;
      // A diff still being computed in the worker would find its models gone and fail with "no diff
      // result available" (an uncaught error): the editor goes at once, the models once the diff is in.
      diff.setModel(null);
      diff.dispose();
      const release = (): void => {
        viewModel.dispose();
        original.dispose();
        modified.dispose();
      };
      void Promise.race([viewModel.waitForDiff(), new Promise((done) => setTimeout(done, 10_000))]).then(
        release,
        release,
      );
    };
  }, [before]);

  useEffect(() => {
    models.current?.setAfter(after);
  }, [after, before]);

  return <div ref={host} className="import-diff" data-testid="import-diff" />;
}
