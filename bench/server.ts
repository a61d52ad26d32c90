// The built app served by `vite preview` on loopback, and the Chromium the browser figures run in.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

// BENCH_DIST / BENCH_PORT let a run use its own build and port beside others on a shared machine.
export const DIST = process.env.BENCH_DIST ?? 'dist-e2e';
export const PORT = Number(process.env.BENCH_PORT ?? 4179);
export const BASE = `http://127.0.0.1:${PORT}`;

export async function startServer(): Promise<ChildProcess> {
  if (!existsSync(`${DIST}/index.html`))
    throw new Error(`${DIST} is missing: run \`npm run build:e2e\` first (or set BENCH_DIST)`);
  // Something already answering on the port (a server left behind by a run that was killed) would be
  // measured instead of DIST, and the one started here would exit at once (--strictPort).
  if (
    await fetch(BASE).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`${BASE} already answers: stop what serves it or set BENCH_PORT`);
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', DIST, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stopServer(server);
  throw new Error('vite preview did not start');
}

export function stopServer(server: ChildProcess): void {
  try {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone: whatever ended it is the error worth reporting, not this one.
  }
}

export function launchBrowser(): Promise<Browser> {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-gpu', '--disable-quic', '--disable-component-update'],
  });
}
