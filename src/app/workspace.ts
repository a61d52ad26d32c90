// Everything that outlives a render: the document store, its undo history and the draft that keeps
// it. Made once before the first render (StrictMode would run a state initializer twice).
import { isJsonObject, type JsonObject } from '../domain/index.ts';
import { createDocumentStore, type DocumentStore } from '../lib/document-store.ts';
import { changedPath, createDocumentHistory, type DocumentHistory } from '../lib/history/index.ts';
import { createDraftSession, startDrafts, type DraftSession } from '../lib/storage/index.ts';
import { starterDocument } from './starter-document.ts';

export interface Workspace {
  readonly store: DocumentStore<JsonObject>;
  readonly history: DocumentHistory;
  readonly drafts: DraftSession<JsonObject> | undefined;
  /** Said once: storage unavailable, drafts recovered from a closed tab. */
  readonly startNotes: readonly string[];
}

export function draftName(doc: JsonObject): string {
  return typeof doc.family === 'string' && doc.family.trim() !== '' ? doc.family.trim() : 'Untitled';
}

/** A page opened from a share link starts a new draft; otherwise the last draft opens. */
export async function openWorkspace(): Promise<Workspace> {
  const fresh = window.location.hash.startsWith('#doc=');
  try {
    const start = await startDrafts<JsonObject>({
      dbName: 'taskdef-drafts',
      isDocument: isJsonObject,
      fresh,
    });
    const store = createDocumentStore<JsonObject>(start.initial?.document ?? starterDocument());
    const drafts = createDraftSession({
      store,
      repo: start.repo,
      initial: start.initial,
      journal: start.journal,
      defaultName: draftName,
    });
    void drafts.refreshList();
    const notes = [
      ...(start.problem ? [start.problem] : []),
      ...start.recovered.map(
        (n) => `Another tab saved over a draft while this one was closing; your version is kept as “${n}”.`,
      ),
    ];
    return { store, history: historyOf(store), drafts, startNotes: notes };
  } catch (error) {
    const store = createDocumentStore<JsonObject>(starterDocument());
    return {
      store,
      history: historyOf(store),
      drafts: undefined,
      startNotes: [`Drafts are not available: ${String(error)}`],
    };
  }
}

export function plainWorkspace(): Workspace {
  const store = createDocumentStore<JsonObject>(starterDocument());
  return { store, history: historyOf(store), drafts: undefined, startNotes: [] };
}

function historyOf(store: DocumentStore<JsonObject>): DocumentHistory {
  return createDocumentHistory(store, { changeKey: changedPath });
}
