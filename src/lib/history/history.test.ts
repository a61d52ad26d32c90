import { describe, expect, it } from 'vitest';
import { createDocumentStore } from '../document-store.ts';
import type { JsonObject } from '../../domain/index.ts';
import { changedPath } from './changed-path.ts';
import { createDocumentHistory } from './history.ts';

function setup(limit?: number) {
  const store = createDocumentStore<JsonObject>({ family: 'a' });
  let t = 0;
  const history = createDocumentHistory(store, {
    changeKey: changedPath,
    now: () => t,
    ...(limit === undefined ? {} : { limit }),
  });
  const tick = (ms: number) => {
    t += ms;
  };
  return { store, history, tick };
}

describe('document history', () => {
  it('starts with nothing to undo or redo', () => {
    const { history } = setup();
    expect(history.getState()).toMatchObject({ canUndo: false, canRedo: false });
    expect(history.undo()).toBe(false);
    expect(history.redo()).toBe(false);
  });

  it('undoes and redoes changes from every origin, restoring the same references', () => {
    const { store, history, tick } = setup();
    const first = store.get().value;
    const form = { family: 'b' };
    store.set(form, 'form');
    tick(5000);
    const fixed = { family: 'b', cpu: '256' };
    store.set(fixed, 'fix');
    tick(5000);
    store.set({ family: 'imported' }, 'import');
    expect(history.getState()).toMatchObject({ canUndo: true, undoOrigin: 'import' });
    history.undo();
    expect(store.get().value).toBe(fixed);
    expect(store.get().origin).toBe('history');
    history.undo();
    expect(store.get().value).toBe(form);
    history.undo();
    expect(store.get().value).toBe(first);
    expect(history.getState().canUndo).toBe(false);
    history.redo();
    history.redo();
    expect(store.get().value).toBe(fixed);
    expect(history.getState()).toMatchObject({ canRedo: true, redoOrigin: 'import' });
  });

  it('merges a burst of typing on one path into one step, but not on another path or after a pause', () => {
    const { store, history, tick } = setup();
    const first = store.get().value;
    for (const f of ['ab', 'abc', 'abcd']) {
      store.set({ family: f }, 'form');
      tick(200);
    }
    store.set({ family: 'abcd', cpu: '1' }, 'form'); // another path
    tick(3000);
    store.set({ family: 'abcd', cpu: '12' }, 'form'); // after a pause
    history.undo();
    expect(store.get().value).toEqual({ family: 'abcd', cpu: '1' });
    history.undo();
    expect(store.get().value).toEqual({ family: 'abcd' });
    history.undo();
    expect(store.get().value).toBe(first);
  });

  it('does not merge different origins, and a new edit after undo clears redo', () => {
    const { store, history } = setup();
    store.set({ family: 'x' }, 'form');
    store.set({ family: 'y' }, 'json');
    history.undo();
    expect(store.get().value).toEqual({ family: 'x' });
    store.set({ family: 'z' }, 'form');
    expect(history.getState().canRedo).toBe(false);
    history.undo();
    expect(store.get().value).toEqual({ family: 'x' });
  });

  it('keeps at most `limit` steps', () => {
    const { store, history, tick } = setup(3);
    for (let i = 0; i < 10; i++) {
      store.set({ family: 'a', [`k${String(i)}`]: i }, 'fix');
      tick(10);
    }
    let n = 0;
    while (history.undo()) n++;
    expect(n).toBe(3);
  });

  it('starts over when another document is opened (origin init)', () => {
    const { store, history } = setup();
    store.set({ family: 'b' }, 'form');
    store.set({ family: 'other draft' }, 'init');
    expect(history.getState().canUndo).toBe(false);
  });

  it('tells subscribers when the buttons change', () => {
    const { store, history } = setup();
    let calls = 0;
    history.subscribe(() => calls++);
    store.set({ family: 'b' }, 'form');
    store.set({ family: 'bc' }, 'form'); // same state: no call
    history.undo();
    expect(calls).toBe(2);
  });
});

describe('changedPath', () => {
  it('names the single place two documents differ', () => {
    const a = { containerDefinitions: [{ name: 'a', image: 'x' }], family: 'f' };
    const b = { containerDefinitions: [{ name: 'a', image: 'xy' }], family: 'f' };
    expect(changedPath(a, b)).toBe('containerDefinitions/0/image');
    expect(changedPath(JSON.parse(JSON.stringify(a)), b)).toBe('containerDefinitions/0/image');
    expect(changedPath(a, { ...b, family: 'g' })).toBe('');
  });
});
