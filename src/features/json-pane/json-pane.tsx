// The JSON pane: Monaco over the one document store. Monaco owns its text buffer (held in refs inside
// the mount effect); React never sees the text, so there is no controlled value to fight the cursor.
import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import {
  importTextAsync,
  taskDefinitionJsonSchema,
  type JsonObject,
  type Problem,
} from '../../domain/index.ts';
import type { DocumentStore } from '../../lib/document-store.ts';
import { formatDocument } from '../../lib/json/edits.ts';
import { rangeForPath, type RangeTarget } from '../../lib/json/locate.ts';
import type { SyntaxProblem } from '../../lib/json/parse-text.ts';
import { setupMonaco } from '../../lib/monaco/setup.ts';
import { deferBracketColours } from './bracket-colors.ts';
import { registerQuickFixes } from './code-actions.ts';
import { guardPaneInput } from './input-limit.ts';
import { clearRuleMarkers, rangeTargetOf, setRuleMarkers, setSyntaxMarker } from './markers.ts';
import { offsetsToRange } from './monaco-ranges.ts';
import { SyntaxNote, type PaneSyntax } from './syntax-note.tsx';
import { installTestHook } from './test-hook.ts';
import { connectTextSync } from './text-sync.ts';

export interface JsonPaneHandle {
  /** Select the text of a path and scroll it into view; `focus` moves the keyboard there too. */
  revealPath(path: string, focus: boolean): void;
  /** The same for a problem: selects the range its marker covers (the key, for an unknown key). */
  revealProblem(problem: Pick<Problem, 'path' | 'code'>, focus: boolean): void;
  /** Put the cursor on the syntax error, if the text has one, and move the keyboard there. */
  revealSyntaxError(): void;
}

/** The page's document history: Ctrl+Z in the pane undoes document changes, not only text. */
export interface PaneHistory {
  readonly undo: () => boolean;
  readonly redo: () => boolean;
}

export interface JsonPaneProps {
  readonly store: DocumentStore<JsonObject>;
  readonly problems: readonly Problem[];
  readonly history?: PaneHistory | undefined;
  /** Told when the text stops parsing (where, and why) and when it parses again (undefined). */
  readonly onSyntaxChange?: ((syntax: PaneSyntax | undefined) => void) | undefined;
  readonly ref?: React.Ref<JsonPaneHandle>;
}

const MODEL_URI = 'inmemory://taskdef/task-definition.json';
const SCHEMA_URI = 'inmemory://taskdef/register-task-definition.schema.json';

interface Mounted {
  readonly problemsChanged: (problems: readonly Problem[]) => void;
  readonly reveal: (path: string, focus: boolean, target: RangeTarget) => void;
  readonly revealSyntaxError: () => void;
  readonly convert: () => Promise<string | undefined>;
}

export function JsonPane({
  store,
  problems,
  history,
  onSyntaxChange,
  ref,
}: JsonPaneProps): React.JSX.Element {
  const host = useRef<HTMLDivElement>(null);
  const historyRef = useRef(history);
  const mounted = useRef<Mounted | null>(null);
  const problemsRef = useRef(problems);
  const [syntax, setSyntax] = useState<PaneSyntax | undefined>();
  const [refused, setRefused] = useState<string | undefined>();

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const monaco = setupMonaco({
      modelUri: MODEL_URI,
      schemaUri: SCHEMA_URI,
      schema: taskDefinitionJsonSchema(),
    });
    const model = monaco.editor.createModel(
      formatDocument(store.get().value),
      'json',
      monaco.Uri.parse(MODEL_URI),
    );
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const ed = monaco.editor.create(el, {
      model,
      theme: dark.matches ? 'vs-dark' : 'vs',
      ariaLabel: 'Task definition JSON text',
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      fontSize: 13,
      fixedOverflowWidgets: true,
      lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
    });
    const onScheme = (): void => {
      monaco.editor.setTheme(dark.matches ? 'vs-dark' : 'vs');
    };
    dark.addEventListener('change', onScheme);

    // While the text does not parse, the problems are the last good document's, and their markers,
    // carried along by Monaco as the text changed, may sit on text that no longer holds them: the
    // syntax error is the one marker until the text parses again, then the rule markers come back.
    let broken = false;
    let errorOffset = 0;
    const onSyntax = (error: SyntaxProblem | undefined): void => {
      setSyntaxMarker(monaco, model, error);
      if (!error) {
        if (broken) setRuleMarkers(monaco, model, problemsRef.current);
        broken = false;
        setSyntax(undefined);
        return;
      }
      if (!broken) clearRuleMarkers(monaco, model);
      broken = true;
      errorOffset = error.offset;
      const pos = model.getPositionAt(error.offset);
      setSyntax({
        line: pos.lineNumber,
        column: pos.column,
        message: error.message,
        importable: error.importable,
      });
    };
    const sync = connectTextSync(ed, model, store, onSyntax, () => historyRef.current !== undefined);
    const fixes = registerQuickFixes(
      monaco,
      model,
      () => problemsRef.current,
      () => sync.lastDocument(),
    );
    const unguard = guardPaneInput(monaco, el, model, setRefused);
    const colours = deferBracketColours(ed, model);
    const unbindUndo = routeUndo(el, () => (sync.textParses() ? historyRef.current : undefined));
    const removeHook = installTestHook(monaco, ed, model, () => store.get().value);

    mounted.current = {
      problemsChanged: (list) => {
        if (!broken) setRuleMarkers(monaco, model, list);
      },
      reveal: (path, focus, target) => {
        const r = rangeForPath(model.getValue(), path, target);
        if (!r) return;
        const range = offsetsToRange(model, r.offset, r.offset + r.length);
        ed.setSelection(range);
        ed.revealRangeInCenterIfOutsideViewport(range);
        if (focus) ed.focus();
      },
      revealSyntaxError: () => {
        if (!broken) return;
        const pos = model.getPositionAt(errorOffset);
        ed.setPosition(pos);
        ed.revealPositionInCenterIfOutsideViewport(pos);
        ed.focus();
      },
      convert: async () => {
        const r = await importTextAsync(model.getValue());
        if (!r.ok)
          return `Import could not read it (line ${r.error.line}, column ${r.error.column}): ${r.error.message}`;
        // An undoable document change: Ctrl+Z brings the text back as it was.
        store.set(r.document, 'import');
        return undefined;
      },
    };
    setRuleMarkers(monaco, model, problemsRef.current);

    return () => {
      mounted.current = null;
      removeHook();
      unbindUndo();
      unguard();
      colours.dispose();
      fixes.dispose();
      sync.dispose();
      dark.removeEventListener('change', onScheme);
      ed.dispose();
      model.dispose();
    };
  }, [store]);

  useEffect(() => {
    historyRef.current = history;
  }, [history]);

  useEffect(() => {
    problemsRef.current = problems;
    mounted.current?.problemsChanged(problems);
  }, [problems]);

  useImperativeHandle(ref, () => ({
    revealPath: (path, focus) => {
      mounted.current?.reveal(path, focus, 'value');
    },
    revealProblem: (problem, focus) => {
      mounted.current?.reveal(problem.path, focus, rangeTargetOf(problem));
    },
    revealSyntaxError: () => {
      mounted.current?.revealSyntaxError();
    },
  }));

  const syntaxChanged = useRef(onSyntaxChange);
  useEffect(() => {
    syntaxChanged.current = onSyntaxChange;
  }, [onSyntaxChange]);
  useEffect(() => {
    syntaxChanged.current?.(syntax);
  }, [syntax]);

  return (
    <>
      {syntax ? (
        <SyntaxNote
          key={`${syntax.line}:${syntax.column}:${syntax.message}`}
          syntax={syntax}
          convert={() => mounted.current?.convert() ?? Promise.resolve('The JSON editor is not ready.')}
        />
      ) : null}
      {refused ? (
        <p className="pane-note pane-note-error" role="status">
          {refused}
        </p>
      ) : null}
      <div ref={host} className="monaco-host" data-testid="json-editor" />
    </>
  );
}

/**
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in the pane go to the document history (one history for the page),
 * caught before Monaco's own keybindings. While the text does not parse, Monaco's text undo applies:
 * the typing that broke it has not reached the document yet.
 */
function routeUndo(el: HTMLElement, target: () => PaneHistory | undefined): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
    if (key !== 'z' && !redo) return;
    const h = target();
    if (!h) return;
    e.preventDefault();
    e.stopPropagation();
    if (redo) h.redo();
    else h.undo();
  };
  el.addEventListener('keydown', onKey, true);
  return () => {
    el.removeEventListener('keydown', onKey, true);
  };
}
