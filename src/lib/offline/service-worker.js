// The offline service worker. Built by scripts/vite-offline-plugin.ts, which puts the list of every
// file of the build (and its hash, as the version) in place of the manifest below; the dev server
// never registers it.
//
// - install: every file of the build is cached (cache name = build hash), so the page, Monaco, its
//   workers, the templates and the schema all work offline after the first visit;
// - activate: caches of older builds are deleted;
// - navigations and unhashed files: network first (a new build is seen at once), the cache when
//   offline; hashed files under /assets/: cache first (their names change with their content, so a
//   cached one is never stale). Only same-origin GETs are touched; nothing is sent anywhere.
//   Cache lookups ignore `Vary`: servers vary on Origin, which module scripts send.
const MANIFEST = /*__TASKDEF_PRECACHE__*/ { version: 'dev', files: [] };
const PREFIX = 'taskdef-';
const CACHE = PREFIX + MANIFEST.version;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(MANIFEST.files.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      ),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, './index.html'));
  else if (url.pathname.includes('/assets/')) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request, undefined));
});

async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function networkFirst(request, fallback) {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const cache = await caches.open(CACHE);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const cached =
      (await caches.match(request, { ignoreSearch: true, ignoreVary: true })) ??
      (fallback
        ? await caches.match(new URL(fallback, self.location.href).href, { ignoreVary: true })
        : undefined);
    if (cached) return cached;
    throw error;
  }
}
