import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineServiceWorker } from './vite-offline-plugin.ts';

type Bundle = Record<string, { type: 'chunk'; code: string } | { type: 'asset'; source: string }>;

function build(bundle: Bundle, publicFiles: Record<string, string>): { version: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-plugin-'));
  const publicDir = path.join(dir, 'public');
  mkdirSync(path.join(publicDir, 'templates'), { recursive: true });
  for (const [name, text] of Object.entries(publicFiles)) writeFileSync(path.join(publicDir, name), text);
  const plugin = offlineServiceWorker('src/lib/offline/service-worker.js') as any;
  plugin.configResolved({ publicDir, base: '/' });
  let emitted = '';
  plugin.generateBundle.call(
    {
      emitFile: (f: { source: string }) => {
        emitted = f.source;
      },
    },
    {},
    bundle,
  );
  const match = /const MANIFEST = (\{.*\});/.exec(emitted);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!);
}

describe('the offline service worker plugin', () => {
  const bundle: Bundle = {
    'index.html': { type: 'asset', source: '<html>' },
    'assets/index-abc.js': { type: 'chunk', code: 'console.log(1)' },
    'assets/index-abc.js.map': { type: 'asset', source: '{}' },
  };
  it('lists every built and public file, not source maps', () => {
    const out = build(bundle, { 'favicon.svg': '<svg/>', 'templates/a.json': '{}' });
    expect(out.files).toEqual(['/assets/index-abc.js', '/index.html', '/favicon.svg', '/templates/a.json']);
    expect(out.version).toMatch(/^[0-9a-f]{16}$/);
  });
  it('gives a new version when any file changes, the same one when nothing does', () => {
    const a = build(bundle, { 'favicon.svg': '<svg/>' }).version;
    expect(build(bundle, { 'favicon.svg': '<svg/>' }).version).toBe(a);
    expect(build(bundle, { 'favicon.svg': '<svg />' }).version).not.toBe(a);
    expect(
      build(
        { ...bundle, 'index.html': { type: 'asset', source: '<html lang>' } },
        { 'favicon.svg': '<svg/>' },
      ).version,
    ).not.toBe(a);
  });
});
