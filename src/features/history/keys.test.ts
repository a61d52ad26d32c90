// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { historyAction, isDocumentUndoTarget } from './keys.ts';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('historyAction', () => {
  it('maps Ctrl/Cmd+Z to undo and Ctrl+Shift+Z / Ctrl+Y to redo', () => {
    expect(historyAction(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyAction(key('z', { metaKey: true }))).toBe('undo');
    expect(historyAction(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyAction(key('y', { ctrlKey: true }))).toBe('redo');
  });
  it('ignores plain keys and other chords', () => {
    expect(historyAction(key('z'))).toBeUndefined();
    expect(historyAction(key('z', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(historyAction(key('x', { ctrlKey: true }))).toBeUndefined();
    expect(historyAction(key('Y', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
  });
});

describe('isDocumentUndoTarget', () => {
  it('is the document history in the form, on buttons and on the page', () => {
    document.body.innerHTML = `
      <section data-document-undo><input id="f" type="text"><textarea id="t"></textarea></section>
      <button id="b">x</button><input id="c" type="checkbox">`;
    for (const id of ['f', 't', 'b', 'c'])
      expect(isDocumentUndoTarget(document.getElementById(id))).toBe(true);
    expect(isDocumentUndoTarget(document.body)).toBe(true);
    expect(isDocumentUndoTarget(null)).toBe(true);
  });
  it('leaves text fields outside the form and anything in a dialog to the browser', () => {
    document.body.innerHTML = `
      <input id="o" type="text">
      <dialog open><button id="db">x</button></dialog>
      <section data-document-undo><div role="dialog"><input id="di"></div></section>`;
    for (const id of ['o', 'db', 'di']) expect(isDocumentUndoTarget(document.getElementById(id))).toBe(false);
  });
});
