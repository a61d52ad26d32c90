// Emits sw.js at build time: the service worker source (src/lib/offline/service-worker.js) with the
// list of every built file and a version hashed from their contents, so a rebuild is a new worker
// with a new cache and never serves the previous build's files.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const PLACEHOLDER = "/*__TASKDEF_PRECACHE__*/ { version: 'dev', files: [] }";

export function offlineServiceWorker(source: string): Plugin {
  let publicDir = '';
  let base = '/';
  return {
    name: 'taskdef-offline-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const template = readFileSync(source, 'utf8');
      if (!template.includes(PLACEHOLDER)) throw new Error(`${source} has lost its manifest placeholder`);
      const hash = createHash('sha256').update(template);
      const files: string[] = [];
      for (const [name, item] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        if (name.endsWith('.map')) continue;
        files.push(base + name);
        hash.update(name).update(item.type === 'chunk' ? item.code : item.source);
      }
      for (const name of publicDir ? listFiles(publicDir) : []) {
        files.push(base + name);
        hash.update(name).update(readFileSync(path.join(publicDir, name)));
      }
      const version = hash.digest('hex').slice(0, 16);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: template.replace(PLACEHOLDER, JSON.stringify({ version, files })),
      });
    },
  };
}

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${entry}` : entry;
    if (statSync(path.join(dir, rel)).isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}
