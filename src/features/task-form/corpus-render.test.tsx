// @vitest-environment jsdom
// Every real definition in the corpus renders without throwing, whatever types it holds.
import '@testing-library/jest-dom/vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { isJsonObject } from '../../domain/index.ts';
import { renderForm } from './test-utils.tsx';

const corpus = path.resolve(process.cwd(), '../shared/corpus');

it('renders every JSON definition of the corpus, with one group per container', () => {
  let rendered = 0;
  for (const file of readdirSync(corpus).filter((f) => f.endsWith('.json'))) {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(path.join(corpus, file), 'utf8'));
    } catch {
      continue;
    }
    if (!isJsonObject(doc)) continue;
    renderForm(doc);
    const containers = doc.containerDefinitions;
    if (Array.isArray(containers))
      expect(document.querySelectorAll('fieldset.tf-container'), file).toHaveLength(containers.length);
    expect(screen.getByRole('form', { name: 'Task definition form' })).toBeInTheDocument();
    cleanup();
    rendered++;
  }
  expect(rendered).toBeGreaterThan(80);
});
