// Monaco, self-hosted: the editor core, its editing features, the JSON language and two workers
// (editor + JSON), nothing else. Imported only from the lazily loaded JSON pane chunk.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

let configured = false;

export interface JsonLanguageOptions {
  /** The model URI the schema applies to. */
  readonly modelUri: string;
  readonly schemaUri: string;
  readonly schema: Record<string, unknown>;
}

/** Idempotent: workers from this origin, and nothing else (for editors that need no schema, e.g. a diff). */
export function setupMonacoWorkers(): typeof monaco {
  if (!configured) {
    configured = true;
    self.MonacoEnvironment = {
      getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
    };
  }
  return monaco;
}

/**
 * Idempotent: workers from this origin, completion and hover from our schema, never a schema fetch.
 * Monaco's own validation is off: the pane's markers come from the core (the syntax error and every
 * problem of check(), which rejects all the schema rejects at the same path: schema-agreement.test.ts),
 * so one problem shows one marker, not a second, differently worded one from the JSON worker.
 */
export function setupMonaco(options: JsonLanguageOptions): typeof monaco {
  setupMonacoWorkers();
  jsonDefaults.setDiagnosticsOptions({
    validate: false,
    allowComments: false,
    enableSchemaRequest: false,
    schemaValidation: 'ignore',
    comments: 'error',
    trailingCommas: 'error',
    schemas: [{ uri: options.schemaUri, fileMatch: [options.modelUri], schema: options.schema }],
  });
  return monaco;
}

export type Monaco = typeof monaco;
export { monaco };
