// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
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
    fireEvent.click(screen.getByRole('button', { name: 'Replace document' }));
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
    expect(screen.queryByRole('button', { name: 'Replace document' })).toBeNull();
    expect(origins).toEqual([]);
  });
});
