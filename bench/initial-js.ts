// "JavaScript before the form is usable (gzip)", two ways that must agree:
// - from a build directory: the scripts and modulepreloads that index.html names, and every chunk
//   they import statically, recursively (a browser fetches and runs all of them before the entry's
//   code runs; a dynamic import() is fetched only when the code calls it);
// - in the browser: every script the page requested before the Family box existed in the page (an
//   in-page observer marks that moment), so a dynamic import made before the form renders counts too.
// Both gzip each file with zlib's default level, as a server would send it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export interface JsFile {
  /** The path under the build directory (assets/index-abc.js). */
  readonly file: string;
  readonly gzipBytes: number;
}

export interface InitialJs {
  readonly files: readonly JsFile[];
  readonly gzipBytes: number;
}

const total = (files: readonly JsFile[]): number => files.reduce((s, f) => s + f.gzipBytes, 0);

/** The JavaScript a page loads before its entry runs: index.html's scripts and preloads, and their static imports. */
export function initialJsOfBuild(dist: string): InitialJs {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const queue = htmlScripts(html).map((url) => path.posix.normalize(url.replace(/^\//, '')));
  const seen = new Set<string>();
  const files: JsFile[] = [];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    const code = readFileSync(path.join(dist, next));
    files.push({ file: next, gzipBytes: gzipSync(code).length });
    for (const spec of staticImports(code.toString('utf8'))) {
      if (/^[a-z][\w+.-]*:/i.test(spec)) throw new Error(`${next} imports ${spec} from another origin`);
      const resolved = spec.startsWith('/') ? spec.slice(1) : path.posix.join(path.posix.dirname(next), spec);
      queue.push(path.posix.normalize(resolved));
    }
  }
  return { files, gzipBytes: total(files) };
}

/** Same-origin module scripts, classic scripts and modulepreloads named by the page, in order. */
export function htmlScripts(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string): string | undefined =>
      new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
        .exec(tag)
        ?.slice(1)
        .find((v) => v !== undefined);
    const isScript = /^<script/i.test(tag);
    const url = isScript ? attr('src') : attr('href');
    if (url === undefined) continue;
    const rel = attr('rel')?.toLowerCase();
    if (isScript || rel === 'modulepreload' || (rel === 'preload' && attr('as') === 'script')) out.push(url);
  }
  return out;
}

const COMMENT = /^\s*(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*(?:\n|$))/;
// `import x from "y"`, `import {a as b} from "y"`, `import * as n from "y"`, `import "y"`; also
// `export ... from "y"` (a static dependency as well). Not `import(` nor `import.meta`.
const STATIC = /^\s*(?:import|export)(?![\w$(.])\s*(?:[^;"'`]*?\bfrom\s*)?(["'])([^"'`]+)\1\s*;?/;

/**
 * The static imports at the top of a built ES module (bundlers put every import statement first).
 * Stops at the first statement that is neither an import nor a comment.
 */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  let rest = code.startsWith('#!') ? code.slice(code.indexOf('\n') + 1) : code;
  for (;;) {
    const comment = COMMENT.exec(rest);
    if (comment) {
      rest = rest.slice(comment[0].length);
      continue;
    }
    const m = STATIC.exec(rest);
    if (!m?.[2]) return out;
    out.push(m[2]);
    rest = rest.slice(m[0].length);
  }
}

/**
 * A cold load of `base` in a new context: the time until the Family box is visible, and the scripts
 * the page requested before the Family box was in the page, gzip.
 */
export async function loadAndMeasureJs(
  browser: Browser,
  base: string,
): Promise<{ usableMs: number; files: readonly JsFile[]; gzipBytes: number }> {
  const context = await browser.newContext();
  await context.addInitScript({ content: USABLE_MARK });
  const page = await context.newPage();
  const bodies = new Map<string, Promise<Buffer>>();
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if ((type !== 'script' && !/\.m?js(?:$|\?)/.test(res.url())) || bodies.has(res.url())) return;
    const body = res.body();
    // Scripts that come after the form (Monaco) may still be loading when the context closes.
    body.catch(() => undefined);
    bodies.set(res.url(), body);
  });
  const t0 = Date.now();
  await page.goto(base, { waitUntil: 'commit' });
  await page.getByRole('textbox', { name: 'Family' }).waitFor({ state: 'visible' });
  const usableMs = Date.now() - t0;
  const before = await page.evaluate(() => {
    const at = (window as unknown as { __usableAt?: number }).__usableAt ?? Infinity;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= at)
      .map((e) => e.name);
  });
  const files: JsFile[] = [];
  for (const url of before) {
    const body = bodies.get(url);
    if (body) files.push({ file: new URL(url).pathname.slice(1), gzipBytes: gzipSync(await body).length });
  }
  await context.close();
  return { usableMs, files, gzipBytes: total(files) };
}

// Marks window.__usableAt (performance.now()) when a label "Family" with its input first exists.
const USABLE_MARK = `(() => {
  const found = () => [...document.querySelectorAll('label')].some(
    (l) => l.textContent === 'Family' && l.control instanceof HTMLInputElement);
  const observer = new MutationObserver(() => {
    if (window.__usableAt === undefined && found()) {
      window.__usableAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;
