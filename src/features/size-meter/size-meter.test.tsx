// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { check, documentBytes, type JsonObject } from '../../domain/index.ts';
import { createDocumentStore } from '../../lib/document-store.ts';
import { formatKilobytes, readSize } from './format.ts';
import { SizeMeter } from './size-meter.tsx';

afterEach(cleanup);

describe('readSize', () => {
  it('says how much of the limit is used, in KB of 1,024 bytes', () => {
    expect(readSize(42189, 65536)).toEqual({
      bytes: 42189,
      limit: 65536,
      text: '41.2 KB of 64 KB',
      level: 'ok',
    });
    expect(formatKilobytes(512)).toBe('0.5 KB');
    expect(formatKilobytes(0)).toBe('0 KB');
  });
  it('is near from 90 % and over past the limit', () => {
    expect(readSize(60000, 65536).level).toBe('near');
    expect(readSize(65536, 65536).level).toBe('near');
    const over = readSize(65537, 65536);
    expect(over.level).toBe('over');
    expect(over.text).toBe('64.0 KB of 64 KB: 1 byte over the registration limit');
  });
});

function withPadding(bytes: number): JsonObject {
  const base: JsonObject = {
    family: 'big',
    containerDefinitions: [{ name: 'a', image: 'b', command: [''] }],
  };
  const pad = bytes - documentBytes(base);
  return { family: 'big', containerDefinitions: [{ name: 'a', image: 'b', command: ['x'.repeat(pad)] }] };
}

describe('SizeMeter', () => {
  it('follows the document and turns into an error past 64 KiB, as the task-size rule does', () => {
    const store = createDocumentStore<JsonObject>({ family: 'web', containerDefinitions: [] });
    render(<SizeMeter store={store} />);
    const meter = screen.getByRole('meter', { name: 'Task definition size' });
    expect(meter).toHaveAttribute('max', '65536');
    expect(screen.getByTestId('size-meter-text')).toHaveTextContent('0 KB of 64 KB');

    const atLimit = withPadding(65536);
    expect(documentBytes(atLimit)).toBe(65536);
    act(() => {
      store.set(atLimit, 'json');
    });
    expect(screen.getByTestId('size-meter-text')).toHaveTextContent('64 KB of 64 KB');
    expect(screen.getByTestId('size-meter-text')).not.toHaveTextContent('over');
    expect(check(atLimit).some((p) => p.code === 'task-size')).toBe(false);

    const over = withPadding(65537);
    act(() => {
      store.set(over, 'json');
    });
    expect(screen.getByTestId('size-meter-text')).toHaveTextContent('over the registration limit');
    expect(meter).toHaveAttribute('aria-valuetext', '64.0 KB of 64 KB: 1 byte over the registration limit');
    expect(check(over).some((p) => p.code === 'task-size')).toBe(true);
  });
});
