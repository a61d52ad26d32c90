// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JsonObject } from '../../domain/index.ts';
import { createDocumentStore, type UpdateOrigin } from '../../lib/document-store.ts';
import { PasteErrorControl } from './paste-error-control.tsx';

afterEach(cleanup);

const DOC: JsonObject = {
  family: 'ports',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    { name: 'web', image: 'nginx', portMappings: [{ containerPort: 80, hostPort: 8080 }] },
  ],
};
const F09 = 'When networkMode=awsvpc, the host ports and container ports in port mappings must match.';

function setup() {
  const store = createDocumentStore<JsonObject>(DOC);
  const origins: UpdateOrigin[] = [];
  store.subscribe((u) => origins.push(u.origin));
  const onGoTo = vi.fn<(path: string) => void>();
  render(<PasteErrorControl store={store} onGoTo={onGoTo} />);
  fireEvent.click(screen.getByRole('button', { name: 'Paste your error' }));
  fireEvent.change(screen.getByRole('textbox', { name: /message ECS/ }), { target: { value: F09 } });
  fireEvent.click(screen.getByRole('button', { name: 'Find the field' }));
  return { store, origins, onGoTo };
}

describe('PasteErrorControl', () => {
  it('goes to the field the message is about', async () => {
    const { onGoTo, origins } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Go to field' }));
    expect(onGoTo).toHaveBeenCalledWith('containerDefinitions[0].portMappings[0].hostPort');
    expect(origins).toEqual([]);
  });

  it('applies the fix as one update with origin fix', async () => {
    const { store, origins } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Fix it' }));
    expect(origins).toEqual(['fix']);
    expect(JSON.stringify(store.get().value)).not.toContain('8080');
    expect(screen.queryByRole('button', { name: 'Fix it' })).toBeNull();
  });
});
