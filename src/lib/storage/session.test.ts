import { describe, expect, it } from 'vitest';
import { createDocumentStore } from '../document-store.ts';
import { memoryBackend, type KeyValueBackend } from './backend.ts';
import { createDraftRepository } from './drafts.ts';
import { createDraftSession } from './session.ts';
import { startDrafts } from './start.ts';

type Doc = Record<string, unknown>;
const isDoc = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

function open(backend: KeyValueBackend, initialDoc: Doc, channelName: string, tab: string) {
  const repo = createDraftRepository(backend, isDoc);
  return {
    repo,
    async start(id?: string) {
      const initial = id === undefined ? undefined : await repo.read(id);
      const store = createDocumentStore<Doc>(initial?.document ?? initialDoc);
      const session = createDraftSession({
        store,
        repo,
        initial,
        journal: undefined,
        defaultName: (d) => (typeof d.family === 'string' ? d.family : 'Untitled'),
        debounceMs: 0,
        channelName,
        tab,
      });
      return { store, session };
    },
  };
}

describe('draft session', () => {
  it('saves a change as a new draft and opens it again', async () => {
    const backend = memoryBackend();
    const a = await open(backend, { family: 'web' }, 'c1', 't1').start();
    a.store.set({ family: 'edited' }, 'form');
    await a.session.flush();
    expect(a.session.getState()).toMatchObject({ status: 'saved', name: 'edited' });
    const repo = createDraftRepository(backend, isDoc);
    const last = await repo.lastOpened();
    expect(last).toBe(a.session.getState().draftId);
    expect((await repo.read(last ?? ''))?.document).toEqual({ family: 'edited' });
    a.session.dispose();
  });

  it('refuses to overwrite another tab’s save, and lets the user keep theirs or load the other', async () => {
    const backend = memoryBackend();
    const first = open(backend, { family: 'web' }, 'c2', 't1');
    const a = await first.start();
    a.store.set({ family: 'shared' }, 'form');
    await a.session.flush();
    const id = a.session.getState().draftId;
    const b = await open(backend, {}, 'c2', 't2').start(id);
    b.store.set({ family: 'from-b' }, 'form');
    await b.session.flush();
    a.store.set({ family: 'from-a' }, 'form');
    await a.session.flush();
    expect(a.session.getState().status).toBe('conflict');
    expect((await first.repo.read(id ?? ''))?.document).toEqual({ family: 'from-b' });
    await a.session.keepMine();
    const mine = a.session.getState();
    expect(mine.draftId).not.toBe(id);
    expect(mine.name).toBe('shared (mine)');
    expect((await first.repo.read(mine.draftId ?? ''))?.document).toEqual({ family: 'from-a' });

    b.store.set({ family: 'from-b-2' }, 'form');
    await b.session.flush();
    expect(b.session.getState().status).toBe('saved');
    a.session.dispose();
    b.session.dispose();
  });

  it('load theirs replaces the document and saving resumes', async () => {
    const backend = memoryBackend();
    const a = await open(backend, { family: 'web' }, 'c3', 't1').start();
    a.store.set({ family: 'x' }, 'form');
    await a.session.flush();
    const id = a.session.getState().draftId;
    const b = await open(backend, {}, 'c3', 't2').start(id);
    b.store.set({ family: 'theirs' }, 'form');
    await b.session.flush();
    a.store.set({ family: 'mine' }, 'form');
    await a.session.flush();
    await a.session.loadTheirs();
    expect(a.store.get()).toMatchObject({ value: { family: 'theirs' }, origin: 'init' });
    a.store.set({ family: 'after' }, 'form');
    await a.session.flush();
    expect(a.session.getState().status).toBe('saved');
    a.session.dispose();
    b.session.dispose();
  });

  it('lists, renames and deletes drafts; deleting the open one opens the next', async () => {
    const backend = memoryBackend();
    const a = await open(backend, { family: 'one' }, 'c4', 't1').start();
    a.store.set({ family: 'one!' }, 'form');
    await a.session.flush();
    await a.session.create({ family: 'new' });
    expect(a.store.get().value).toEqual({ family: 'new' });
    expect(a.session.getState().drafts).toHaveLength(1); // nothing stored until the first change
    a.store.set({ family: 'two' }, 'form');
    await a.session.flush();
    expect(
      a.session
        .getState()
        .drafts.map((d) => d.name)
        .sort(),
    ).toEqual(['one!', 'two']);
    const two = a.session.getState().draftId ?? '';
    await a.session.rename(two, 'Second');
    expect(a.session.getState().name).toBe('Second');
    await a.session.remove(two, () => ({ family: 'fresh' }));
    expect(a.store.get().value).toEqual({ family: 'one!' });
    expect(a.session.getState().drafts.map((d) => d.name)).toEqual(['one!']);
    a.session.dispose();
  });

  it('reports a storage failure instead of throwing', async () => {
    const broken: KeyValueBackend = {
      ...memoryBackend(),
      update: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    };
    const a = await open(broken, { family: 'web' }, 'c5', 't1').start();
    a.store.set({ family: 'x' }, 'form');
    await a.session.flush();
    expect(a.session.getState().status).toBe('error');
    expect(a.session.getState().error).toMatch(/storage for this page is full/);
    a.session.dispose();
  });
});

describe('startDrafts', () => {
  it('falls back from IndexedDB (absent in node) and starts with no draft', async () => {
    const start = await startDrafts({ dbName: 'x', isDocument: isDoc, fresh: false });
    expect(start.initial).toBeUndefined();
    expect(['localstorage', 'memory']).toContain(start.repo.backend.kind);
  });
});
