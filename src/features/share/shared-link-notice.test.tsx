// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonObject } from '../../domain/index.ts';
import { createDocumentStore } from '../../lib/document-store.ts';
import { encodeJson } from '../../lib/share-codec/index.ts';
import { SharedLinkNotice } from './shared-link-notice.tsx';

const mine: JsonObject = { family: 'mine', containerDefinitions: [] };
const shared: JsonObject = { family: 'shared', containerDefinitions: [{ name: 'a', image: 'nginx' }] };

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

async function withLink(document: JsonObject): Promise<void> {
  window.history.replaceState(null, '', `/#doc=${await encodeJson(document)}`);
}

describe('SharedLinkNotice', () => {
  it('opens the link when nothing would be lost, and clears the fragment', async () => {
    await withLink(shared);
    const store = createDocumentStore<JsonObject>(mine);
    render(<SharedLinkNotice store={store} needsConfirm={() => false} />);
    expect(await screen.findByText('Opened the task definition from the share link.')).toBeInTheDocument();
    expect(store.get().value).toEqual(shared);
    expect(store.get().origin).toBe('import');
    expect(window.location.hash).toBe('');
  });

  it('asks first when the user has work of their own, and keeps it on "Keep my document"', async () => {
    await withLink(shared);
    const store = createDocumentStore<JsonObject>(mine);
    render(<SharedLinkNotice store={store} needsConfirm={() => true} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Keep my document' }));
    expect(store.get().value).toBe(mine);
    expect(screen.getByRole('status')).toHaveTextContent('Kept your document');
  });

  it('replaces the document on "Open the shared definition"', async () => {
    await withLink(shared);
    const store = createDocumentStore<JsonObject>(mine);
    render(<SharedLinkNotice store={store} needsConfirm={() => true} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the shared definition' }));
    expect(store.get().value).toEqual(shared);
  });

  it('shows why a broken link cannot be opened and leaves the document alone', async () => {
    window.history.replaceState(null, '', '/#doc=1broken');
    const store = createDocumentStore<JsonObject>(mine);
    render(<SharedLinkNotice store={store} needsConfirm={() => false} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be opened: The link is damaged/);
    expect(store.get().value).toBe(mine);
  });

  it('renders nothing for a page without a link, or with another fragment', async () => {
    window.history.replaceState(null, '', '/#section');
    const store = createDocumentStore<JsonObject>(mine);
    const { container } = render(<SharedLinkNotice store={store} needsConfirm={() => false} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container).toBeEmptyDOMElement();
    expect(store.get().value).toBe(mine);
  });
});
