// @vitest-environment jsdom
// On a task with many containers, a container's closed groups mount their fields when opened, and
// focusFormPath still reaches every field; on a small task they mount at once.
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { JsonObject } from '../../domain/index.ts';
import { LAZY_OVER } from './containers-section.tsx';
import { flushDeferred } from './deferred-mount.ts';
import { focusFormPath } from './focus.ts';
import { renderForm } from './test-utils.tsx';

afterEach(cleanup);

function task(containers: number, extra: JsonObject = {}): JsonObject {
  return {
    family: 'big',
    containerDefinitions: Array.from({ length: containers }, (_, i) => ({
      name: `c${i}`,
      image: 'nginx',
      healthCheck: { command: ['CMD', 'true'], interval: 30 },
      ...extra,
    })),
  };
}

const card = (name: string): HTMLElement => screen.getByRole('group', { name: `Container ${name}` });

it('a small task mounts the closed groups at once', () => {
  renderForm(task(LAZY_OVER));
  expect(within(card('c0')).getByRole('textbox', { name: 'Health check command' })).toBeInTheDocument();
});

it('a large task mounts a closed group when it is opened, and keeps it', () => {
  const { store } = renderForm(task(LAZY_OVER + 1));
  const c2 = card('c2');
  expect(within(c2).queryByRole('textbox', { name: 'Health check command' })).toBeNull();
  const details = within(c2).getByText('Health check', { selector: 'summary' }).closest('details');
  if (!details) throw new Error('no details');
  act(() => {
    details.open = true;
    fireEvent(details, new Event('toggle'));
  });
  const interval = within(c2).getByRole('textbox', { name: 'Interval (s)' });
  expect(interval).toHaveValue('30');
  fireEvent.change(interval, { target: { value: '10' } });
  expect((store.get().value.containerDefinitions as JsonObject[])[2]?.healthCheck).toEqual({
    command: ['CMD', 'true'],
    interval: 10,
  });
  act(() => {
    details.open = false;
    fireEvent(details, new Event('toggle'));
  });
  expect(within(c2).getByRole('textbox', { name: 'Interval (s)', hidden: true })).toBeInTheDocument();
});

it('counts the problems of a group that is not mounted', () => {
  const problem = {
    path: 'containerDefinitions[3].healthCheck.interval',
    severity: 'error' as const,
    code: 'x',
    message: 'Interval out of range.',
  };
  renderForm(task(LAZY_OVER + 1), { problems: [problem] });
  expect(within(card('c3')).getByText('Health check', { selector: 'summary' })).toHaveTextContent(
    'Health check (1 error)',
  );
});

it('focusFormPath opens a group that is not mounted, and a long list inside it', () => {
  const secrets = Array.from({ length: 25 }, (_, i) => ({ name: `S${i}`, valueFrom: `arn:${i}` }));
  renderForm(task(LAZY_OVER + 1, { secrets }));
  expect(document.querySelector('[data-path="containerDefinitions[4].healthCheck.interval"]')).toBeNull();
  let found = false;
  act(() => {
    found = focusFormPath('containerDefinitions[4].healthCheck.interval');
  });
  expect(found).toBe(true);
  expect(document.activeElement).toHaveValue('30');
  expect(document.activeElement?.closest('details')).toHaveProperty('open', true);
  act(() => {
    found = focusFormPath('containerDefinitions[1].secrets[24].valueFrom');
  });
  expect(found).toBe(true);
  expect(document.activeElement).toHaveValue('arn:24');
});

it('a large task puts port mappings and environment in closed groups with their counts', () => {
  const environment = Array.from({ length: 30 }, (_, i) => ({ name: `V${i}`, value: `v${i}` }));
  const portMappings = [{ containerPort: 80 }];
  const problem = {
    path: 'containerDefinitions[2].environment[3].name',
    severity: 'warning' as const,
    code: 'x',
    message: 'Odd name.',
  };
  renderForm(task(LAZY_OVER + 1, { environment, portMappings }), { problems: [problem] });
  const c2 = card('c2');
  expect(within(c2).queryByRole('textbox', { name: 'Variable name' })).toBeNull();
  expect(within(c2).queryByRole('textbox', { name: 'Container port' })).toBeNull();
  expect(within(c2).getByText('Port mappings', { selector: 'summary' })).toHaveTextContent(
    'Port mappings (1)',
  );
  expect(within(c2).getByText('Environment variables', { selector: 'summary' })).toHaveTextContent(
    'Environment variables (30) (1 warning)',
  );
  let found = false;
  act(() => {
    found = focusFormPath('containerDefinitions[2].environment[29].value');
  });
  expect(found).toBe(true);
  expect(document.activeElement).toHaveValue('v29');
  // Opened: all 30 rows, without a "Show all" button.
  expect(within(c2).getAllByRole('textbox', { name: 'Variable name' })).toHaveLength(30);
  expect(within(c2).queryByRole('button', { name: /^Show all/ })).toBeNull();
});

it('a small task keeps port mappings and environment in the card', () => {
  renderForm(task(LAZY_OVER, { portMappings: [{ containerPort: 80 }] }));
  expect(within(card('c1')).getByRole('textbox', { name: 'Container port' })).toHaveValue('80');
  expect(within(card('c1')).queryByText('Port mappings', { selector: 'summary' })).toBeNull();
});

it('a whole new list of containers (a paste) mounts fresh cards; an added container does not', () => {
  const { store } = renderForm(task(1, { portMappings: [{ containerPort: 80 }] }));
  expect(within(card('c0')).getByRole('textbox', { name: 'Container port' })).toHaveValue('80');
  act(() => {
    store.set(task(LAZY_OVER + 1, { portMappings: [{ containerPort: 81 }] }), 'json');
  });
  // The cards' fields past name and image mount at idle time (deferred-cards.test.tsx).
  act(flushDeferred);
  // Card 0 was mounted for a one-container task; replaced with the rest, it takes the large task's layout.
  expect(within(card('c0')).queryByRole('textbox', { name: 'Container port' })).toBeNull();
  expect(within(card('c0')).getByText('Port mappings', { selector: 'summary' })).toHaveTextContent(
    'Port mappings (1)',
  );
  act(() => {
    store.set(task(LAZY_OVER, { portMappings: [{ containerPort: 80 }] }), 'json');
  });
  const list = store.get().value.containerDefinitions as JsonObject[];
  act(() => {
    store.set(
      { ...store.get().value, containerDefinitions: [...list, { name: 'added', image: 'x' }] },
      'form',
    );
  });
  // Edited, not replaced: the first cards keep what they mounted (their port mappings in the card).
  expect(within(card('c0')).getByRole('textbox', { name: 'Container port' })).toHaveValue('80');
  expect(within(card('added')).getByText('Port mappings', { selector: 'summary' })).toBeInTheDocument();
});
