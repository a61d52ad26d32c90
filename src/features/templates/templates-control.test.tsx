// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JsonObject } from '../../domain/index.ts';
import { createDocumentStore, type UpdateOrigin } from '../../lib/document-store.ts';
import { TemplatesControl } from './templates-control.tsx';

const INDEX = [{ id: 'a', title: 'Alpha', description: 'The first one.', file: 'alpha.json' }];
const ALPHA = { family: 'alpha', containerDefinitions: [{ name: 'a', image: 'nginx', memory: 128 }] };
const STARTER: JsonObject = { family: 'web', containerDefinitions: [] };

let requested: string[] = [];
beforeEach(() => {
  requested = [];
  vi.stubGlobal('fetch', (url: string) => {
    requested.push(url);
    const body = url.endsWith('index.json') ? INDEX : url.endsWith('alpha.json') ? ALPHA : undefined;
    return Promise.resolve(
      body === undefined ? new Response('missing', { status: 404 }) : new Response(JSON.stringify(body)),
    );
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function setup(initial: JsonObject) {
  const store = createDocumentStore<JsonObject>(initial);
  const origins: UpdateOrigin[] = [];
  store.subscribe((u) => origins.push(u.origin));
  render(
    <QueryClientProvider client={new QueryClient()}>
      <TemplatesControl store={store} starter={() => STARTER} />
    </QueryClientProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'New from template' }));
  return { store, origins };
}

describe('TemplatesControl', () => {
  it('loads the list from the page origin and replaces the starter at once', async () => {
    const { store, origins } = setup(STARTER);
    expect(screen.getByText('Loading the templates…')).toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: 'Use Alpha' }));
    expect(await screen.findByText(/Started from the template/)).toBeInTheDocument();
    expect(origins).toEqual(['import']);
    expect(store.get().value).toEqual(ALPHA);
    expect(requested.every((u) => u.startsWith('/templates/'))).toBe(true);
  });

  it('asks before replacing a changed document, and keeps it when told to', async () => {
    const { store, origins } = setup({ family: 'mine', containerDefinitions: [] });
    fireEvent.click(await screen.findByRole('button', { name: 'Use Alpha' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Replace your document?' });
    expect(confirm).toHaveTextContent('Alpha');
    fireEvent.click(screen.getByRole('button', { name: 'Keep my document' }));
    expect(origins).toEqual([]);
    expect(store.get().value.family).toBe('mine');
  });
});
