// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JsonObject } from '../domain/index.ts';
import { createDocumentStore } from '../lib/document-store.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { SectionBoundary } from './section-boundary.tsx';

afterEach(cleanup);

function Bomb(): React.JSX.Element {
  const [armed, setArmed] = useState(false);
  if (armed) throw new Error('boom');
  return (
    <button
      type="button"
      onClick={() => {
        setArmed(true);
      }}
    >
      Explode
    </button>
  );
}

describe('ErrorBoundary', () => {
  it('renders its children while nothing is wrong', () => {
    const store = createDocumentStore<JsonObject>({ family: 'web' });
    render(
      <ErrorBoundary store={store}>
        <p>editor</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('editor')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Something went wrong/ })).toBeNull();
  });

  it('shows a recovery screen that downloads the current document', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const store = createDocumentStore<JsonObject>({ family: 'web' });
    store.set({ family: 'edited-before-crash' }, 'form');
    render(
      <ErrorBoundary store={store}>
        <Bomb />
      </ErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Explode' }));
    expect(screen.getByRole('heading', { name: /Something went wrong/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Download the current document' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(blobs).toHaveLength(1);
    return blobs[0]!.text().then((text) => {
      expect(JSON.parse(text)).toEqual({ family: 'edited-before-crash' });
    });
  });
});

describe('SectionBoundary', () => {
  it('keeps a crash inside its section and lets the user try again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <>
        <SectionBoundary name="The form">
          <Bomb />
        </SectionBoundary>
        <p>the JSON pane</p>
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Explode' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The form stopped working');
    expect(screen.getByText('the JSON pane')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('button', { name: 'Explode' })).toBeInTheDocument();
  });
});
