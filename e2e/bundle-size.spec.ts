// The JavaScript a browser needs before the form is usable stays within 200 KB gzip (issue #6). The
// figure is computed from the build under test (E2E_DIST): index.html's scripts and modulepreloads and
// every chunk they import statically. A cold load checks that this is exactly what the page fetches
// before the form exists, so a dynamic import made before the form renders cannot hide from it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlScripts, initialJsOfBuild, loadAndMeasureJs, staticImports } from '../bench/initial-js.ts';
import { test, expect } from './fixtures.ts';

const dist = process.env.E2E_DIST ?? 'dist-e2e';
const BUDGET = 200 * 1024;

test('the scripts before the form fit the budget, and the dialogs and yaml are not among them', () => {
  const initial = initialJsOfBuild(dist);
  const names = initial.files.map((f) => f.file);
  expect(names[0]).toMatch(/^assets\/index-.*\.js$/);
  expect(initial.gzipBytes).toBeLessThanOrEqual(BUDGET);
  expect(initial.gzipBytes).toBe(initial.files.reduce((s, f) => s + f.gzipBytes, 0));

  const code = names.map((n) => readFileSync(path.join(dist, n), 'utf8')).join('\n');
  const all = readdirSync(path.join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(path.join(dist, 'assets', f), 'utf8'))
    .join('\n');
  // Each marker is in the build (so the search works) but not in what loads first.
  for (const marker of [
    'Implicit keys need to be on a single line', // the yaml package
    'Import a task definition', // the import dialog
    'The family is missing or empty; every task definition needs one.', // the error lookup tables
    'Register it with the AWS CLI', // the export panel
    'Leave out of the link', // the share dialog
    'QueryClientProvider', // @tanstack/react-query, with the template gallery
    'monaco-editor',
  ]) {
    expect(all, marker).toContain(marker);
    expect(code, marker).not.toContain(marker);
  }
});

test('the build computation reads scripts, preloads and static imports, not dynamic ones', () => {
  expect(
    htmlScripts(
      `<script type="module" crossorigin src="/assets/a.js"></script><link rel="stylesheet" href="/assets/x.css">` +
        `<link rel="modulepreload" crossorigin href="/assets/b.js"><link rel=preload as=script href='/c.js'>`,
    ),
  ).toEqual(['/assets/a.js', '/assets/b.js', '/c.js']);
  expect(
    staticImports(
      `/*! license */import{a as b,c}from"./one.js";import"./two.js";import * as n from './three.js';` +
        `import d from"./four.js";const x=import("./lazy.js");import"./after-code.js";`,
    ),
  ).toEqual(['./one.js', './two.js', './three.js', './four.js']);
  expect(staticImports(`import.meta.url;import"./x.js"`)).toEqual([]);
  expect(staticImports(`const l=()=>import("./lazy.js");`)).toEqual([]);
});

test('a cold load fetches exactly those scripts before the form exists', async ({ browser, baseURL }) => {
  const built = initialJsOfBuild(dist);
  const loaded = await loadAndMeasureJs(browser, baseURL ?? '/');
  expect(loaded.files.map((f) => f.file).sort()).toEqual(built.files.map((f) => f.file).sort());
  expect(loaded.gzipBytes).toBe(built.gzipBytes);
});
