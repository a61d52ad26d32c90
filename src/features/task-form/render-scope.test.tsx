// @vitest-environment jsdom
// Issue 6: on a large definition a keystroke re-renders only the field typed in. Every field renders
// through FieldShell, so counting FieldShell renders per path measures what a keystroke touches.
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { JsonObject } from '../../domain/index.ts';
import { renderForm } from './test-utils.tsx';

const renders = new Map<string, number>();

vi.mock('./field-shell.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('./field-shell.tsx')>();
  return {
    ...original,
    FieldShell: (props: Parameters<typeof original.FieldShell>[0]) => {
      renders.set(props.path, (renders.get(props.path) ?? 0) + 1);
      return original.FieldShell(props);
    },
  };
});

afterEach(cleanup);

function byPath(path: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-path="${path}"]`);
  if (!el) throw new Error(`no control for ${path}`);
  return el;
}

function bigDefinition(): JsonObject {
  return {
    family: 'big',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '4096',
    memory: '8192',
    containerDefinitions: Array.from({ length: 10 }, (_, c) => ({
      name: `c${c}`,
      image: `repo/c${c}:1`,
      essential: c === 0,
      portMappings: [{ containerPort: 8000 + c }],
      environment: Array.from({ length: 50 }, (_, e) => ({
        name: `VAR_${e}`,
        value: `https://service-${c}-${e}.internal.example.com`,
      })),
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/big' } },
    })),
  };
}

it('a keystroke in one container field re-renders that field only', () => {
  const { store } = renderForm(bigDefinition());
  expect(JSON.stringify(store.get().value, null, 2).length).toBeGreaterThan(50_000);
  // data-path lookups: role queries over ~1,000 controls are slow in jsdom.
  const image = byPath('containerDefinitions[3].image');
  expect(image).toHaveAccessibleName('Image');
  renders.clear();
  fireEvent.change(image, { target: { value: 'repo/c3:2' } });
  expect(Object.fromEntries(renders)).toEqual({ 'containerDefinitions[3].image': 1 });
});

it('on ten containers the env lists sit in closed groups with a count; opened, a keystroke still touches one field', () => {
  renderForm(bigDefinition());
  expect(document.querySelector('[data-path="containerDefinitions[7].environment[0].value"]')).toBeNull();
  const summaries = [...document.querySelectorAll('summary')].filter((s) =>
    s.textContent.startsWith('Environment variables'),
  );
  expect(summaries).toHaveLength(10);
  expect(summaries[7]).toHaveTextContent('Environment variables (50)');
  const details = summaries[7]?.closest('details');
  if (!details) throw new Error('no details');
  act(() => {
    details.open = true;
    fireEvent(details, new Event('toggle'));
  });
  // Opened by the user: every row at once, no second "Show all" click.
  const value = byPath('containerDefinitions[7].environment[20].value');
  expect(value).toHaveAccessibleName('Variable value');
  expect(
    document.querySelector('[data-path="containerDefinitions[7].environment[49].value"]'),
  ).not.toBeNull();
  renders.clear();
  fireEvent.change(value, { target: { value: 'changed' } });
  expect(Object.fromEntries(renders)).toEqual({ 'containerDefinitions[7].environment[20].value': 1 });
});

it('typing the family re-renders the family field only', () => {
  renderForm(bigDefinition());
  renders.clear();
  fireEvent.change(byPath('family'), { target: { value: 'bigger' } });
  expect(Object.fromEntries(renders)).toEqual({ family: 1 });
});
