import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { formatPath, parsePath, type JsonObject, type Problem } from '../domain/index.ts';
import type { DocumentStore } from '../lib/document-store.ts';
import type { DocumentHistory } from '../lib/history/index.ts';
import type { JsonPaneHandle, PaneSyntax } from '../features/json-pane/index.ts';
import { ProblemsList } from '../features/problems/index.ts';
import { focusFormPath, TaskForm } from '../features/task-form/index.ts';
import { CrashPoint } from './crash-point.tsx';
import { applyFix } from './domain-ops.ts';
import { SectionBoundary } from './section-boundary.tsx';
import { SharedLink } from './shared-link.tsx';
import { Toolbar } from './toolbar.tsx';
import { useProblems } from './use-problems.ts';

// Monaco is about 1 MB gzip: its chunk is requested only after the form has painted.
const JsonPane = lazy(() => import('../features/json-pane/index.ts').then((m) => ({ default: m.JsonPane })));

export interface EditorPageProps {
  readonly store: DocumentStore<JsonObject>;
  readonly history?: DocumentHistory;
  /** Controls at the start of the toolbar (drafts, undo and redo). */
  readonly toolbarStart?: React.ReactNode;
  /** Notices under the toolbar (drafts). */
  readonly notices?: React.ReactNode;
}

export function EditorPage({ store, history, toolbarStart, notices }: EditorPageProps): React.JSX.Element {
  const problems = useProblems(store);
  const pane = useRef<JsonPaneHandle>(null);
  const paneReady = useAfterFirstPaint();
  const [textError, setTextError] = useState<PaneSyntax | undefined>();
  const goToTextError = useCallback(() => {
    pane.current?.revealSyntaxError();
  }, []);

  const goTo = useCallback((path: string) => {
    pane.current?.revealPath(path, !focusInForm(path));
  }, []);
  const select = useCallback((p: Problem) => {
    // The pane selects what the problem's marker covers (the key, for an unknown key).
    pane.current?.revealProblem(p, !focusInForm(p.path));
  }, []);
  const fix = useCallback(
    (p: Problem) => {
      const next = applyFix(store.get().value, p);
      if (next) store.set(next, 'fix');
    },
    [store],
  );

  return (
    <div className="app">
      <CrashPoint name="page" />
      <Toolbar store={store} goTo={goTo} start={toolbarStart} />
      <SharedLink store={store} />
      {notices}
      <main className="workspace">
        <section className="form-pane" aria-label="Form" data-document-undo="">
          <SectionBoundary name="The form">
            <CrashPoint name="form" />
            <TaskForm store={store} problems={problems} />
          </SectionBoundary>
        </section>
        <section className="json-pane" aria-label="Task definition JSON">
          <h2 className="pane-title">JSON</h2>
          <SectionBoundary name="The JSON editor">
            <CrashPoint name="json" />
            {paneReady ? (
              <Suspense fallback={<p className="pane-loading">Loading the JSON editor…</p>}>
                <JsonPane
                  store={store}
                  problems={problems}
                  history={history}
                  onSyntaxChange={setTextError}
                  ref={pane}
                />
              </Suspense>
            ) : (
              <p className="pane-loading">Loading the JSON editor…</p>
            )}
          </SectionBoundary>
        </section>
        <SectionBoundary name="The problems list">
          <CrashPoint name="problems" />
          <ProblemsList
            problems={problems}
            onSelect={select}
            onFix={fix}
            textError={textError}
            onTextError={goToTextError}
          />
        </SectionBoundary>
      </main>
    </div>
  );
}

/** Focus the path's field in the form; false when the keyboard should go to the pane instead. */
function focusInForm(path: string): boolean {
  // A disabled control (hostPort under awsvpc) takes no focus: then the keyboard goes to the pane.
  return focusNearest(path) && document.activeElement?.closest('.form-pane') != null;
}

/** Focus the form control for the path, or for its nearest ancestor that has one. */
function focusNearest(path: string): boolean {
  const segments = parsePath(path);
  for (let n = segments.length; n > 0; n--) {
    if (focusFormPath(formatPath(segments.slice(0, n)))) return true;
  }
  return false;
}

function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // Two frames: the first runs before the form's first paint, the second after it.
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        setReady(true);
      });
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, []);
  return ready;
}
