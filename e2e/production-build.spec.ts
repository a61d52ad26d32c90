// The production build (`vite build` into dist/) must not carry the e2e window hook, and must keep
// Monaco out of the first-paint bundle.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';

const root = process.cwd();

function scripts(dir: string): Map<string, string> {
  const assets = path.join(root, dir, 'assets');
  return new Map(
    readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f, readFileSync(path.join(assets, f), 'utf8')]),
  );
}

test('the production build has no test hook and loads Monaco lazily', () => {
  test.setTimeout(120_000);
  execFileSync('npx', ['vite', 'build', '--outDir', 'dist', '--emptyOutDir'], { cwd: root, stdio: 'pipe' });
  const prod = scripts('dist');
  expect([...prod.values()].some((t) => t.includes('__taskdef'))).toBe(false);
  // The search itself works: the e2e build, which the other specs run against, does carry it.
  expect([...scripts('dist-e2e').values()].some((t) => t.includes('__taskdef'))).toBe(true);

  const html = readFileSync(path.join(root, 'dist', 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(initial.length).toBeGreaterThan(0);
  for (const file of initial) {
    expect(file).not.toMatch(/json-pane|editor|monaco/i);
    // Monaco's editor core announces itself in this string; the entry chunk must not contain it.
    expect(prod.get(file)).not.toContain('monaco-editor');
  }
});
