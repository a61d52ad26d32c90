// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SIDECAR_CATALOG, type JsonObject } from '../../domain/index.ts';
import { createDocumentStore, type DocumentUpdate } from '../../lib/document-store.ts';
import { TracingGroup } from './tracing-group.tsx';

afterEach(cleanup);

const starter = (app: JsonObject = {}): JsonObject => ({
  family: 'web',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'web', image: 'nginx', essential: true, ...app }],
});

function setup(doc: JsonObject) {
  const store = createDocumentStore<JsonObject>(doc);
  const updates: DocumentUpdate<JsonObject>[] = [];
  store.subscribe((u) => updates.push(u));
  render(<TracingGroup store={store} />);
  return { store, updates };
}

const names = (doc: JsonObject) => (doc.containerDefinitions as JsonObject[]).map((c) => c.name as string);

const button = (name: string) => screen.getByRole('button', { name });

describe('TracingGroup', () => {
  it('is a group named Tracing with one Add button per sidecar', () => {
    setup(starter());
    const group = screen.getByRole('group', { name: 'Tracing' });
    expect(within(group).getByRole('button', { name: 'Add X-Ray sidecar' })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'Add OpenTelemetry collector' })).toBeInTheDocument();
    expect(within(group).getByRole('combobox', { name: 'Images from' })).toHaveValue('ecr-public');
  });

  it('the X-Ray button says before the click that the daemon is retiring', () => {
    setup(starter());
    expect(button('Add X-Ray sidecar')).toHaveAccessibleDescription(/end of support on 2027-02-25/);
    expect(button('Add OpenTelemetry collector')).not.toHaveAccessibleDescription(/2027/);
  });

  it('adding is one store update tagged sidecar, and the report lists changes and notes', () => {
    const { store, updates } = setup(starter());
    fireEvent.click(button('Add X-Ray sidecar'));
    expect(updates).toHaveLength(1);
    expect(updates[0]?.origin).toBe('sidecar');
    expect(names(store.get().value)).toEqual(['web', 'xray-daemon']);
    expect(button('Remove X-Ray sidecar')).toBeInTheDocument();
    const panel = screen.getByRole('dialog', { name: `Added the ${SIDECAR_CATALOG.xray.label}.` });
    expect(within(panel).getByText(/Added container 'xray-daemon'/)).toBeInTheDocument();
    expect(within(panel).getByText(/end of support on 2027-02-25/)).toBeInTheDocument();
    expect(within(panel).getByText(/"xray:PutTraceSegments"/)).toBeInTheDocument();
    expect(screen.getAllByRole('status').some((s) => s.textContent.startsWith('Added the'))).toBe(true);
  });

  it('Copy policy puts the task role policy on the clipboard', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    setup(starter());
    fireEvent.click(button('Add X-Ray sidecar'));
    fireEvent.click(button('Copy policy'));
    expect(JSON.parse(writeText.mock.calls[0]?.[0] ?? '')).toEqual(
      SIDECAR_CATALOG.xray.taskRolePolicy.document,
    );
    await waitFor(() => {
      expect(screen.getByText('Copied the AWSXRayDaemonWriteAccess policy')).toBeInTheDocument();
    });
  });

  it('remove restores the document in one update', () => {
    const doc = starter();
    const { store, updates } = setup(doc);
    fireEvent.click(button('Add X-Ray sidecar'));
    fireEvent.click(button('Remove X-Ray sidecar'));
    expect(updates).toHaveLength(2);
    expect(store.get().value).toEqual(doc);
    expect(button('Add X-Ray sidecar')).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: /^Removed the/ })).toBeInTheDocument();
  });

  it('follows changes made elsewhere', () => {
    const { store } = setup(starter());
    fireEvent.click(button('Add OpenTelemetry collector'));
    const withCollector = store.get().value;
    expect(button('Remove OpenTelemetry collector')).toBeInTheDocument();
    act(() => {
      store.set(starter(), 'history');
    });
    expect(button('Add OpenTelemetry collector')).toBeInTheDocument();
    act(() => {
      store.set(withCollector, 'json');
    });
    expect(button('Remove OpenTelemetry collector')).toBeInTheDocument();
  });

  it('a sidecar that does not fit changes nothing and offers the next size, which one click applies', () => {
    const { store, updates } = setup(starter({ cpu: 128, memoryReservation: 256 }));
    fireEvent.click(button('Add OpenTelemetry collector'));
    expect(updates).toHaveLength(0);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /next valid Fargate size is 512 CPU units \/ 1024 MiB/,
    );
    fireEvent.click(button('Grow the task to 512/1024 and add'));
    expect(updates).toHaveLength(1);
    expect(store.get().value).toMatchObject({ cpu: '512', memory: '1024' });
    expect(names(store.get().value)).toEqual(['web', 'aws-otel-collector']);
    expect(screen.getByText(/Grew the task cpu from "256" to "512"/)).toBeInTheDocument();
    expect(button('Remove OpenTelemetry collector')).toHaveFocus();
  });

  it('a refusal without a size to offer shows its message only', () => {
    const { updates } = setup({ ...starter(), networkMode: 'none', requiresCompatibilities: ['EC2'] });
    fireEvent.click(button('Add X-Ray sidecar'));
    expect(updates).toHaveLength(0);
    expect(screen.getByRole('alert')).toHaveTextContent(/networkMode is "none"/);
    expect(screen.queryByRole('button', { name: /^Grow the task/ })).toBeNull();
  });

  it('a refusal disappears once the document it spoke of changes', () => {
    const { store } = setup(starter({ cpu: 128, memoryReservation: 256 }));
    fireEvent.click(button('Add OpenTelemetry collector'));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    act(() => {
      store.set({ ...store.get().value, cpu: '1024', memory: '2048' }, 'form');
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('uses the Docker Hub image when chosen', () => {
    const { store } = setup(starter());
    fireEvent.change(screen.getByRole('combobox', { name: 'Images from' }), {
      target: { value: 'docker-hub' },
    });
    fireEvent.click(button('Add X-Ray sidecar'));
    const daemon = (store.get().value.containerDefinitions as JsonObject[])[1];
    expect(daemon?.image).toBe('amazon/aws-xray-daemon:3.x');
  });

  it('the swap to the collector uses the chosen registry too', () => {
    const { store } = setup(starter());
    fireEvent.change(screen.getByRole('combobox', { name: 'Images from' }), {
      target: { value: 'docker-hub' },
    });
    fireEvent.click(button('Add X-Ray sidecar'));
    fireEvent.click(button('Use the OpenTelemetry collector instead'));
    const collector = (store.get().value.containerDefinitions as JsonObject[])[1];
    expect(collector?.image).toBe('amazon/aws-otel-collector:v0.30.0');
  });

  it('Escape dismisses the report and returns focus to the sidecar button', () => {
    setup(starter());
    fireEvent.click(button('Add X-Ray sidecar'));
    const panel = screen.getByRole('dialog', { name: /^Added the/ });
    fireEvent.keyDown(within(panel).getByRole('button', { name: 'Dismiss' }), { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: /^Added the/ })).toBeNull();
    expect(button('Remove X-Ray sidecar')).toHaveFocus();
  });

  it('after adding the daemon, one click swaps it for the collector', () => {
    const { store, updates } = setup(starter());
    fireEvent.click(button('Add X-Ray sidecar'));
    fireEvent.click(button('Use the OpenTelemetry collector instead'));
    expect(updates).toHaveLength(2);
    expect(names(store.get().value)).toEqual(['web', 'aws-otel-collector']);
    expect(screen.getByRole('dialog', { name: /^Replaced the/ })).toBeInTheDocument();
    expect(button('Remove OpenTelemetry collector')).toHaveFocus();
    expect(button('Add X-Ray sidecar')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Use the OpenTelemetry collector instead' })).toBeNull();
  });

  it('Escape on the sidecar button closes the card too; without a card it does nothing', () => {
    const { updates } = setup(starter());
    fireEvent.click(button('Add X-Ray sidecar'));
    fireEvent.keyDown(button('Remove X-Ray sidecar'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.keyDown(button('Remove X-Ray sidecar'), { key: 'Escape' });
    expect(updates).toHaveLength(1);
    expect(button('Remove X-Ray sidecar')).toHaveFocus();
  });
});
