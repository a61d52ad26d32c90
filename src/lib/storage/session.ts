// Keeps the open document saved: every change is written after a short pause, and at once (to the
// synchronous journal) when the page is hidden or closed. Another tab's save of the same draft is
// noticed (BroadcastChannel, and the revision check on every write) and never overwritten silently:
// the session stops saving and waits for the user's choice.
import type { DocumentStore } from '../document-store.ts';
import { describeStorageError } from './backend.ts';
import type { DraftRecord, DraftRepository, DraftSummary } from './drafts.ts';
import { clearJournal, writeJournal } from './journal.ts';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error' | 'conflict';

export interface SessionState {
  readonly draftId: string | undefined;
  readonly name: string;
  readonly status: SaveStatus;
  /** The storage error, in words. */
  readonly error: string | undefined;
  readonly drafts: readonly DraftSummary[];
}

export interface DraftSession<T> {
  readonly getState: () => SessionState;
  readonly subscribe: (listener: () => void) => () => void;
  /** Write now (before opening another draft). */
  readonly flush: () => Promise<void>;
  readonly open: (id: string) => Promise<void>;
  readonly create: (document: T) => Promise<void>;
  readonly rename: (id: string, name: string) => Promise<void>;
  /** Delete a draft; deleting the open one opens the next, or `fallback` as a new draft. */
  readonly remove: (id: string, fallback: () => T) => Promise<void>;
  /** Conflict: keep this tab's document as a new draft. */
  readonly keepMine: () => Promise<void>;
  /** Conflict: load the other tab's version. */
  readonly loadTheirs: () => Promise<void>;
  readonly refreshList: () => Promise<void>;
  readonly dispose: () => void;
}

export interface SessionOptions<T> {
  readonly store: DocumentStore<T>;
  readonly repo: DraftRepository<T>;
  readonly initial: DraftRecord<T> | undefined;
  readonly journal: Storage | undefined;
  readonly defaultName: (document: T) => string;
  readonly tab?: string;
  readonly debounceMs?: number;
  readonly channelName?: string;
}

type Message =
  | { readonly type: 'saved'; readonly id: string; readonly revision: number; readonly tab: string }
  | { readonly type: 'listed' };

export function createDraftSession<T>(o: SessionOptions<T>): DraftSession<T> {
  const { store, repo } = o;
  const tab = o.tab ?? crypto.randomUUID();
  const debounceMs = o.debounceMs ?? 300;
  let id = o.initial?.id;
  let base = o.initial?.revision ?? 0;
  let dirty = false;
  let conflict = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let state: SessionState = {
    draftId: id,
    name: o.initial?.name ?? o.defaultName(store.get().value),
    status: 'saved',
    error: undefined,
    drafts: [],
  };
  const listeners = new Set<() => void>();
  const patch = (next: Partial<SessionState>): void => {
    state = { ...state, ...next };
    for (const l of [...listeners]) l();
  };
  const channel =
    typeof BroadcastChannel === 'function'
      ? new BroadcastChannel(o.channelName ?? 'taskdef-drafts')
      : undefined;
  const post = (m: Message): void => {
    channel?.postMessage(m);
  };

  const fail = (error: unknown): void => {
    patch({ status: 'error', error: describeStorageError(error) });
  };
  const serial = (job: () => Promise<void>): Promise<void> => {
    chain = chain.then(job).catch(fail);
    return chain;
  };

  const save = (): Promise<void> =>
    serial(async () => {
      if (!dirty || conflict) return;
      const doc = store.get().value;
      dirty = false;
      let created = false;
      // A draft not made yet is named after the document it will hold, not the one the page opened with.
      patch({ status: 'saving', ...(id === undefined ? { name: o.defaultName(doc) } : {}) });
      if (id === undefined) {
        const made = await repo.create(o.defaultName(doc), doc, tab);
        id = made.id;
        base = made.revision;
        await repo.setLastOpened(made.id);
        created = true;
        patch({ draftId: id, name: made.name });
        post({ type: 'listed' });
      } else {
        const out = await repo.save(id, doc, base, tab);
        if (out.kind === 'conflict') {
          dirty = true;
          conflict = true;
          patch({ status: 'conflict' });
          return;
        }
        if (out.kind === 'missing') {
          // Deleted in another tab while open here: keep the work as a draft of its own again.
          const made = await repo.create(state.name, doc, tab);
          id = made.id;
          base = made.revision;
          created = true;
          patch({ draftId: id });
          post({ type: 'listed' });
        } else {
          base = out.revision;
          post({ type: 'saved', id, revision: base, tab });
        }
      }
      if (!dirty) clearJournal(o.journal, tab);
      patch({ status: dirty ? 'unsaved' : 'saved', error: undefined });
      // Reading every draft per keystroke would be wasteful: the list is re-read when it changes
      // shape (a draft made) and when the Drafts dialog opens.
      if (created) await refresh();
    }).catch(() => undefined);

  const refresh = async (): Promise<void> => {
    const drafts = await repo.list();
    const mine = drafts.find((d) => d.id === id);
    patch({ drafts, ...(mine ? { name: mine.name } : {}) });
  };

  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void save();
    }, debounceMs);
  };

  const unsubscribe = store.subscribe((update) => {
    if (update.origin === 'init') return; // a draft being opened, already stored
    dirty = true;
    if (!conflict) patch({ status: 'unsaved' });
    schedule();
  });

  /** The page may be going away: the synchronous journal first, then the real save. */
  const onHide = (): void => {
    if (!dirty) return;
    writeJournal(o.journal, {
      tab,
      draftId: id,
      name: state.name,
      baseRevision: base,
      document: store.get().value,
    });
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    void save();
  };
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') onHide();
    // Back again: this tab is alive and saves as usual, so its journal must not be "recovered"
    // by a tab that opens later.
    else clearJournal(o.journal, tab);
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
  }
  if (channel)
    channel.onmessage = (event: MessageEvent<Message>) => {
      const m = event.data;
      if (m.type === 'saved' && m.id === id && m.tab !== tab && m.revision > base) {
        conflict = true;
        patch({ status: 'conflict' });
      }
      if (m.type === 'listed') void refresh().catch(fail);
    };

  const switchTo = (record: DraftRecord<T>): Promise<void> =>
    serial(async () => {
      id = record.id;
      base = record.revision;
      dirty = false;
      conflict = false;
      clearJournal(o.journal, tab);
      store.set(record.document, 'init');
      patch({ draftId: id, name: record.name, status: 'saved', error: undefined });
      await repo.setLastOpened(record.id);
      await refresh();
    });

  const session: DraftSession<T> = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      return save();
    },
    async open(target) {
      await session.flush();
      const record = await repo.read(target);
      if (record) await switchTo(record);
    },
    /** A new draft: stored with its first change (an untouched new draft leaves nothing behind). */
    async create(document) {
      await session.flush();
      await serial(() => {
        id = undefined;
        base = 0;
        dirty = false;
        conflict = false;
        clearJournal(o.journal, tab);
        store.set(document, 'init');
        patch({ draftId: undefined, name: o.defaultName(document), status: 'saved', error: undefined });
        return Promise.resolve();
      });
    },
    async rename(target, name) {
      await serial(() => repo.rename(target, name));
      if (target === id) patch({ name });
      post({ type: 'listed' });
      await refresh();
    },
    async remove(target, fallback) {
      await serial(() => repo.remove(target));
      post({ type: 'listed' });
      if (target !== id) return refresh();
      const next = (await repo.list())[0];
      const record = next ? await repo.read(next.id) : undefined;
      if (record) return switchTo(record);
      return session.create(fallback());
    },
    keepMine: () =>
      serial(async () => {
        const record = await repo.create(`${state.name} (mine)`, store.get().value, tab);
        id = record.id;
        base = record.revision;
        dirty = false;
        conflict = false;
        clearJournal(o.journal, tab);
        patch({ draftId: id, name: record.name, status: 'saved' });
        await repo.setLastOpened(record.id);
        post({ type: 'listed' });
        await refresh();
      }),
    async loadTheirs() {
      if (id === undefined) return;
      const record = await repo.read(id);
      if (record) await switchTo(record);
    },
    refreshList: () => refresh().catch(fail),
    dispose() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      channel?.close();
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onVisibility);
      }
    },
  };
  return session;
}
