// Opening the drafts at page start: pick the storage the browser allows, fold back what a closed or
// crashed tab left in its journal, and find the draft to open.
import { describeStorageError, memoryBackend, type KeyValueBackend } from './backend.ts';
import { createDraftRepository, type DraftRecord, type DraftRepository } from './drafts.ts';
import { openIndexedDbBackend } from './idb-backend.ts';
import { takeJournals, type JournalEntry } from './journal.ts';
import { localStorageBackend, usableLocalStorage } from './local-backend.ts';

export interface DraftsStart<T> {
  readonly repo: DraftRepository<T>;
  /** The draft to open, or undefined to start a new one. */
  readonly initial: DraftRecord<T> | undefined;
  /** Why drafts are not kept (memory only), or why something could not be recovered. */
  readonly problem: string | undefined;
  /** Names of drafts made from a journal that could not be merged (another tab had saved since). */
  readonly recovered: readonly string[];
  readonly journal: Storage | undefined;
}

export interface DraftsStartOptions<T> {
  readonly dbName: string;
  readonly isDocument: (value: unknown) => value is T;
  /** Start a new draft instead of the last one (the page was opened from a share link). */
  readonly fresh: boolean;
}

export async function startDrafts<T>(options: DraftsStartOptions<T>): Promise<DraftsStart<T>> {
  const journal = usableLocalStorage();
  let backend: KeyValueBackend;
  let problem: string | undefined;
  try {
    backend = await openIndexedDbBackend(options.dbName);
  } catch (error) {
    if (journal) backend = localStorageBackend(journal, 'taskdef:store:');
    else {
      backend = memoryBackend();
      problem = `Drafts are not saved in this browser: ${describeStorageError(error)}`;
    }
  }
  const repo = createDraftRepository(backend, options.isDocument);
  const recovered: string[] = [];
  try {
    for (const entry of takeJournals(journal, options.isDocument)) {
      const name = await recover(repo, entry);
      if (name) recovered.push(name);
    }
    const last = options.fresh ? undefined : await repo.lastOpened();
    const initial = last === undefined ? undefined : await repo.read(last);
    return { repo, initial, problem, recovered, journal };
  } catch (error) {
    return {
      repo,
      initial: undefined,
      problem: `Saved drafts could not be read: ${describeStorageError(error)}`,
      recovered,
      journal,
    };
  }
}

/** Folds one journal into the drafts; returns the name of a new draft made to avoid an overwrite. */
async function recover<T>(repo: DraftRepository<T>, entry: JournalEntry<T>): Promise<string | undefined> {
  const stored = entry.draftId === undefined ? undefined : await repo.read(entry.draftId);
  if (!stored) {
    const made = await repo.create(entry.name, entry.document, entry.tab);
    await repo.setLastOpened(made.id);
    return undefined;
  }
  if (JSON.stringify(stored.document) === JSON.stringify(entry.document)) return undefined;
  if (stored.revision === entry.baseRevision) {
    await repo.save(stored.id, entry.document, stored.revision, entry.tab);
    await repo.setLastOpened(stored.id);
    return undefined;
  }
  const name = `${entry.name} (recovered)`;
  await repo.create(name, entry.document, entry.tab);
  return name;
}
