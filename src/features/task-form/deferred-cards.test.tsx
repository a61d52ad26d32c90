// @vitest-environment jsdom
// On a large task, the container cards that mount together (a paste, the page opening on the task)
// show their name and image first and mount the rest when the page is idle; revealing a path inside
// one (a problem clicked, a move) or the keyboard entering it mounts it at once.
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { JsonObject } from '../../domain/index.ts';
import { LAZY_OVER } from './containers-section.tsx';
import { flushDeferred } from './deferred-mount.ts';
import { focusFormPath } from './focus.ts';
import { renderForm } from './test-utils.tsx';

afterEach(() => {
  cleanup();
  flushDeferred();
});

function task(containers: number): JsonObject {
  return {
    family: 'big',
    containerDefinitions: Array.from({ length: containers }, (_, i) => ({
      name: `c${i}`,
      image: `img${i}`,
      cpu: 128,
      healthCheck: { command: ['CMD', 'true'], interval: 30 },
    })),
  };
}

const card = (name: string): HTMLElement => screen.getByRole('group', { name: `Container ${name}` });
const removeButton = (name: string): HTMLElement | null =>
  within(card(name)).queryByRole('button', { name: `Remove ${name}` });

it('a large task shows its cards by name and image until idle, then whole', async () => {
  const last = `c${LAZY_OVER}`;
  renderForm(task(LAZY_OVER + 1), { deferred: true });
  expect(removeButton('c0')).toBeNull();
  expect(within(card(last)).getByRole('textbox', { name: 'Container name' })).toHaveValue(last);
  expect(within(card(last)).getByRole('textbox', { name: 'Image' })).toHaveValue(`img${LAZY_OVER}`);
  expect(removeButton(last)).toBeNull();
  expect(within(card(last)).queryByRole('textbox', { name: 'CPU units' })).toBeNull();
  // The page's idle time (here the timer that stands in for it) mounts the rest.
  await waitFor(() => {
    expect(removeButton(last)).toBeInTheDocument();
  });
  expect(within(card(last)).getByRole('textbox', { name: 'CPU units' })).toHaveValue('128');
  expect(within(card(last)).getByText('Health check', { selector: 'summary' })).toBeInTheDocument();
});

it('the name box keeps its element and its text when the rest of the card mounts', () => {
  renderForm(task(LAZY_OVER + 1), { deferred: true });
  const box = within(card('c3')).getByRole('textbox', { name: 'Container name' });
  fireEvent.change(box, { target: { value: 'renamed' } });
  expect(removeButton('renamed')).toBeNull();
  act(flushDeferred);
  expect(within(card('renamed')).getByRole('textbox', { name: 'Container name' })).toBe(box);
  expect(removeButton('renamed')).toBeInTheDocument();
});

it('the keyboard entering a card not yet whole mounts the rest at once, focus kept', () => {
  renderForm(task(LAZY_OVER + 1), { deferred: true });
  const box = within(card('c3')).getByRole('textbox', { name: 'Container name' });
  act(() => {
    box.focus();
  });
  expect(document.activeElement).toBe(box);
  expect(removeButton('c3')).toBeInTheDocument();
  expect(within(card('c3')).getByRole('combobox', { name: 'Essential' })).toBeInTheDocument();
  expect(removeButton('c4')).toBeNull();
});

it('a small task mounts every card whole at once', () => {
  renderForm(task(LAZY_OVER), { deferred: true });
  for (let i = 0; i < LAZY_OVER; i++) expect(removeButton(`c${i}`)).toBeInTheDocument();
});

it('focusFormPath reaches a field in a closed group of a card not yet whole', () => {
  renderForm(task(LAZY_OVER + 1), { deferred: true });
  expect(removeButton('c3')).toBeNull();
  let found = false;
  act(() => {
    found = focusFormPath('containerDefinitions[3].healthCheck.interval');
  });
  expect(found).toBe(true);
  expect(document.activeElement).toHaveValue('30');
  expect(document.activeElement?.closest('fieldset.tf-container')).toBe(card('c3'));
  expect(removeButton('c3')).toBeInTheDocument();
  // The other cards still wait for idle time.
  expect(removeButton('c4')).toBeNull();
});

it('a pasted large task defers its cards; a container added to it is whole at once', () => {
  const { store } = renderForm(task(1));
  act(() => {
    store.set(task(LAZY_OVER + 2), 'json');
  });
  expect(removeButton('c0')).toBeNull();
  expect(removeButton(`c${LAZY_OVER + 1}`)).toBeNull();
  act(flushDeferred);
  expect(removeButton(`c${LAZY_OVER + 1}`)).toBeInTheDocument();
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Add container' }));
  });
  const added = `container-${LAZY_OVER + 3}`;
  expect(removeButton(added)).toBeInTheDocument();
});

it('moving a container into the place of a card not yet whole focuses its move button', () => {
  renderForm(task(LAZY_OVER + 1), { deferred: true });
  // Card 1 is made whole by the keyboard entering it, card 2 is not: move c1 down into place 2.
  act(() => {
    within(card('c1')).getByRole('textbox', { name: 'Container name' }).focus();
  });
  expect(removeButton('c2')).toBeNull();
  act(() => {
    fireEvent.click(within(card('c1')).getByRole('button', { name: 'Move c1 down' }));
  });
  expect(document.activeElement).toHaveAccessibleName('Move c1 down');
  expect(document.activeElement?.closest('fieldset')).toHaveAttribute('data-path', 'containerDefinitions[2]');
});
