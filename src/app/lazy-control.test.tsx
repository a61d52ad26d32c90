// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyControl } from './lazy-control.tsx';

afterEach(cleanup);

function Real({ note }: { readonly note: string }): React.JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        Export
      </button>
      {open ? <p role="note">{note}</p> : null}
    </>
  );
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve: (v: T) => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('lazyControl', () => {
  it('shows a stand-in with the same name, and the first click opens the real dialog once loaded', async () => {
    const module = deferred<typeof Real>();
    const load = vi.fn(() => module.promise);
    const Lazy = lazyControl({ name: 'Export', buttons: [{ label: 'Export', popup: true }], load });
    render(<Lazy note="the export panel" />);
    const standIn = screen.getByRole('button', { name: 'Export' });
    expect(standIn).toHaveAttribute('aria-haspopup', 'dialog');
    fireEvent.click(standIn);
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.queryByRole('note')).toBeNull();
    await act(async () => {
      module.resolve(Real);
      await module.promise;
    });
    expect(screen.getByRole('note')).toHaveTextContent('the export panel');
    // The real button took the stand-in's place, with the focus.
    expect(screen.getAllByRole('button', { name: 'Export' })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
  });

  it('loads once for every instance, and a later mount shows the real control at once', async () => {
    const load = vi.fn(() => Promise.resolve(Real));
    const Lazy = lazyControl({ name: 'Export', buttons: [{ label: 'Export' }], load });
    render(<Lazy note="one" />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export' }));
      await Promise.resolve();
    });
    expect(screen.getByRole('note')).toHaveTextContent('one');
    cleanup();
    render(<Lazy note="two" />);
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('note')).toHaveTextContent('two');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says so when the code cannot be loaded, and a later click tries again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<typeof Real>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(Real);
    const Lazy = lazyControl({ name: 'Export', buttons: [{ label: 'Export' }], load });
    render(<Lazy note="after a retry" />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export' }));
      await Promise.resolve();
    });
    expect(screen.getByRole('status')).toHaveTextContent('Export could not be loaded.');
    expect(screen.queryByRole('note')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export' }));
      await Promise.resolve();
    });
    expect(screen.getByRole('note')).toHaveTextContent('after a retry');
    expect(load).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('loads by itself once the page is idle after its first paint', async () => {
    vi.useFakeTimers();
    try {
      const load = vi.fn(() => Promise.resolve(Real));
      const Lazy = lazyControl({ name: 'Export', buttons: [{ label: 'Export' }], load });
      render(<Lazy note="idle" />);
      expect(load).not.toHaveBeenCalled();
      await act(async () => {
        await vi.runAllTimersAsync();
      });
      expect(load).toHaveBeenCalledTimes(1);
      expect(screen.queryByRole('status')).toBeNull(); // the real control has no status: it is in place
      fireEvent.click(screen.getByRole('button', { name: 'Export' }));
      expect(screen.getByRole('note')).toHaveTextContent('idle');
    } finally {
      vi.useRealTimers();
    }
  });
});
