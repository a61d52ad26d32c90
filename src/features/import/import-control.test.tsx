// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JsonObject } from '../../domain/index.ts';
import { createDocumentStore, type UpdateOrigin } from '../../lib/document-store.ts';
import { ImportControl } from './import-control.tsx';

// Monaco does not run in jsdom; the diff is covered by the browser tests.
vi.mock('./import-diff.tsx', () => ({
  ImportDiff: ({ after }: { after: string }) => <pre data-testid="import-diff">{after}</pre>,
}));

afterEach(cleanup);

function setup() {
  const store = createDocumentStore<JsonObject>({ family: 'mine', containerDefinitions: [] });
  const origins: UpdateOrigin[] = [];
  store.subscribe((u) => origins.push(u.origin));
  render(<ImportControl store={store} />);
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  return { store, origins };
}

const paste = (text: string): void => {
  fireEvent.change(screen.getByRole('textbox', { name: /Paste JSON or YAML/ }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Preview import' }));
};

describe('ImportControl', () => {
  it('shows the preview first, then replaces the document in one update with origin import', async () => {
    const { store, origins } = setup();
    paste('[{"name": "app", "image": "nginx", "memory": "512"}]');
    expect(await screen.findByTestId('import-recognised')).toHaveTextContent(
      'Recognised: list of container definitions (JSON)',
    );
    expect(screen.getByRole('region', { name: /Fixes the import applies/ })).toHaveTextContent(
      'to the number 512',
    );
    expect(origins).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Apply 2 of 2 fixes and replace document' }));
    expect(origins).toEqual(['import']);
    expect(store.get().value.containerDefinitions).toEqual([{ name: 'app', image: 'nginx', memory: 512 }]);
  });

  it('refuses an empty paste with a reason and keeps the document', async () => {
    const { origins } = setup();
    paste('   ');
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: /Paste JSON or YAML/ })).toHaveAccessibleDescription(
        'Paste a task definition, or open a file.',
      );
    });
    expect(origins).toEqual([]);
  });

  it('shows where unreadable text broke and offers no replace', async () => {
    const { origins } = setup();
    paste('family: [unclosed\n  more: 1');
    expect(await screen.findByRole('alert')).toHaveTextContent(/line \d+, column \d+/);
    expect(screen.queryByRole('button', { name: /replace document/i })).toBeNull();
    expect(origins).toEqual([]);
  });

  it('applies only the fixes left ticked; the diff shows that document first', async () => {
    const { store } = setup();
    paste('{"family": "f", "cpu": 256, "memory": "512", "status": "ACTIVE", "containerDefinitions": []}');
    const group = await screen.findByRole('group', { name: /Optional fixes/ });
    const status = within(group).getByRole('checkbox', { name: /Removed status/ });
    expect(status).toBeChecked();
    expect(screen.getByTestId('import-diff')).not.toHaveTextContent('"status"');
    fireEvent.click(status);
    expect(status).not.toBeChecked();
    expect(screen.getByTestId('import-diff')).toHaveTextContent('"status": "ACTIVE"');
    fireEvent.click(screen.getByRole('button', { name: 'Apply 1 of 2 fixes and replace document' }));
    expect(store.get().value).toEqual({
      family: 'f',
      cpu: '256',
      memory: '512',
      status: 'ACTIVE',
      containerDefinitions: [],
    });
  });

  it('lists required steps without a checkbox; Select none and Select all', async () => {
    const { store } = setup();
    paste('{"taskDefinition": {"family": "f", "cpu": 256, "revision": 3, "containerDefinitions": []}}');
    const required = await screen.findByRole('list', { name: 'Required steps' });
    expect(required).toHaveTextContent(/taskDefinition.*Required: /);
    expect(within(required).queryByRole('checkbox')).toBeNull();
    const group = screen.getByRole('group', { name: /Optional fixes/ });
    fireEvent.click(within(group).getByRole('button', { name: 'Select none' }));
    expect(
      within(group)
        .getAllByRole('checkbox')
        .every((c) => !(c as HTMLInputElement).checked),
    ).toBe(true);
    expect(screen.getByRole('region', { name: /Fixes the import applies \(1 of 3\)/ })).toBeInTheDocument();
    fireEvent.click(within(group).getByRole('button', { name: 'Select all' }));
    fireEvent.click(within(group).getByRole('button', { name: 'Select none' }));
    fireEvent.click(screen.getByRole('button', { name: 'Apply 1 of 3 fixes and replace document' }));
    expect(store.get().value).toEqual({ family: 'f', cpu: 256, revision: 3, containerDefinitions: [] });
  });
});
