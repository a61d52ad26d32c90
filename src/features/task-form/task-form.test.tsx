// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonObject } from '../../domain/index.ts';
import { renderForm } from './test-utils.tsx';

afterEach(cleanup);

const web = (): JsonObject => ({
  name: 'web',
  image: 'nginx',
  essential: true,
  memory: 512,
  portMappings: [{ containerPort: 80 }],
  linuxParameters: { initProcessEnabled: true },
});

const base = (): JsonObject => ({
  family: 'shop',
  customKey: { keep: [1, 2] },
  containerDefinitions: [web(), { name: 'worker', image: 'busybox' }],
});

describe('family', () => {
  it('typing writes only the family branch; every other subtree keeps its identity', () => {
    const { store } = renderForm(base());
    const before = store.get().value;
    fireEvent.change(screen.getByRole('textbox', { name: 'Family' }), { target: { value: 'shop2' } });
    const after = store.get();
    expect(after.origin).toBe('form');
    expect(after.value.family).toBe('shop2');
    expect(after.value.containerDefinitions).toBe(before.containerDefinitions);
    expect(after.value.customKey).toBe(before.customKey);
    expect(Object.keys(after.value)).toEqual(Object.keys(before));
  });

  it('follows changes made elsewhere (the JSON pane)', () => {
    const { store } = renderForm(base());
    act(() => {
      store.set({ ...store.get().value, family: 'from-json' }, 'json');
    });
    expect(screen.getByRole('textbox', { name: 'Family' })).toHaveValue('from-json');
  });
});

describe('keys the form does not show', () => {
  it('are listed in a notice and survive edits', () => {
    const { store } = renderForm(base());
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('customKey');
    expect(note).toHaveTextContent('containerDefinitions[0].linuxParameters');
    const image = within(screen.getByRole('group', { name: /web/ })).getByRole('textbox', { name: 'Image' });
    fireEvent.change(image, { target: { value: 'nginx:1.27' } });
    const doc = store.get().value;
    expect(doc.customKey).toEqual({ keep: [1, 2] });
    expect((doc.containerDefinitions as JsonObject[])[0]?.linuxParameters).toEqual({
      initProcessEnabled: true,
    });
    expect((doc.containerDefinitions as JsonObject[])[0]?.image).toBe('nginx:1.27');
  });

  it('no notice when the form shows everything', () => {
    renderForm({ family: 'a', containerDefinitions: [{ name: 'a', image: 'b' }] });
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('containers', () => {
  const names = (doc: JsonObject): unknown[] => (doc.containerDefinitions as JsonObject[]).map((c) => c.name);

  it('each container is a group named after it, with Container name and Image', () => {
    renderForm(base());
    const group = screen.getByRole('group', { name: 'Container web' });
    expect(within(group).getByRole('textbox', { name: 'Container name' })).toHaveValue('web');
    expect(within(group).getByRole('textbox', { name: 'Image' })).toHaveValue('nginx');
  });

  it('add, duplicate, move and remove keep untouched containers by reference', () => {
    const { store } = renderForm(base());
    const [first, second] = store.get().value.containerDefinitions as JsonObject[];
    fireEvent.click(screen.getByRole('button', { name: 'Add container' }));
    expect(names(store.get().value)).toEqual(['web', 'worker', 'container-3']);
    expect((store.get().value.containerDefinitions as JsonObject[])[0]).toBe(first);
    expect(screen.getByRole('group', { name: 'Container container-3' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Duplicate web' }));
    expect(names(store.get().value)).toEqual(['web', 'web-copy', 'worker', 'container-3']);
    const copy = (store.get().value.containerDefinitions as JsonObject[])[1];
    expect(copy).toEqual({ ...web(), name: 'web-copy' });
    expect(copy?.portMappings).not.toBe(first?.portMappings);

    fireEvent.click(screen.getByRole('button', { name: 'Move worker up' }));
    expect(names(store.get().value)).toEqual(['web', 'worker', 'web-copy', 'container-3']);
    expect((store.get().value.containerDefinitions as JsonObject[])[1]).toBe(second);
    expect(screen.getByRole('button', { name: 'Move web up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move container-3 down' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Move web down' }));
    expect(names(store.get().value)).toEqual(['worker', 'web', 'web-copy', 'container-3']);

    fireEvent.click(screen.getByRole('button', { name: 'Remove web-copy' }));
    expect(names(store.get().value)).toEqual(['worker', 'web', 'container-3']);
    expect(screen.queryByRole('group', { name: 'Container web-copy' })).toBeNull();
  });

  it('focus follows a moved container and lands on a neighbour after a removal', () => {
    renderForm(base());
    fireEvent.click(screen.getByRole('button', { name: 'Move worker up' }));
    expect(screen.getByRole('button', { name: 'Move worker down' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Move worker down' }));
    expect(screen.getByRole('button', { name: 'Move worker up' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Remove web' }));
    expect(screen.getByRole('group', { name: 'Container worker' })).toHaveFocus();
  });

  it('renaming a container renames its group', () => {
    renderForm(base());
    const group = screen.getByRole('group', { name: 'Container worker' });
    fireEvent.change(within(group).getByRole('textbox', { name: 'Container name' }), {
      target: { value: 'jobs' },
    });
    expect(screen.getByRole('group', { name: 'Container jobs' })).toBeInTheDocument();
  });

  it('removing the last container leaves an empty list, not a missing key', () => {
    const problems = [
      { path: 'containerDefinitions', severity: 'error', code: 'x', message: 'Add at least one container.' },
    ] as const;
    const { store } = renderForm({ family: 'a', containerDefinitions: [{ name: 'a' }] }, { problems });
    fireEvent.click(screen.getByRole('button', { name: 'Remove a' }));
    expect(store.get().value.containerDefinitions).toEqual([]);
    expect(screen.getByRole('button', { name: 'Add container' })).toHaveAccessibleDescription(
      'Add at least one container.',
    );
  });
});
