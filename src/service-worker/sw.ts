/// <reference lib="webworker" />
/**
 * The service worker: keeps every page, the search index and the widgets on the device so the
 * kit works on a home visit with no signal. Built by scripts/write-service-worker.mjs, which
 * fills in this build's version and file list; a new build has a new version, so its worker
 * replaces the old copy rather than mixing with it. Rules for each request: ./policy.ts.
 */
import { cacheName, copyRecordPath, pageKey, routeFor, savedAtHeader, staleCaches, withOfflineNotice } from './policy.ts';

declare const self: ServiceWorkerGlobalScope;
declare const APK_VERSION: string;
declare const APK_FILES: string[];

const cache = cacheName(APK_VERSION);
/** How long a page waits for the network before the saved copy is used (poor signal). */
const pageTimeoutMs = 4000;

function stamped(response: Response, savedAt: string): Response {
  const headers = new Headers(response.headers);
  headers.set(savedAtHeader, savedAt);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function saveCopy(): Promise<void> {
  const store = await caches.open(cache);
  const savedAt = new Date().toISOString();
  await Promise.all(
    APK_FILES.map(async (path) => {
      const response = await fetch(path, { cache: 'reload' });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      const key = new URL(path, self.location.origin).href;
      await store.put(key, path.endsWith('/') || path.endsWith('.html') ? stamped(response, savedAt) : response);
    }),
  );
  const record = JSON.stringify({ version: APK_VERSION, savedAt, files: APK_FILES.length });
  await store.put(copyRecordPath, new Response(record, { headers: { 'Content-Type': 'application/json' } }));
}

self.addEventListener('install', (event) => {
  event.waitUntil(saveCopy().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(staleCaches(names, APK_VERSION).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

async function networkWithin(request: Request, ms: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await fetch(request, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

async function page(request: Request): Promise<Response> {
  const store = await caches.open(cache);
  const key = pageKey(request.url);
  try {
    const response = await networkWithin(request, pageTimeoutMs);
    if (response.ok && response.headers.get('Content-Type')?.includes('text/html') && !response.redirected) {
      await store.put(key, stamped(response.clone(), new Date().toISOString()));
    }
    return response;
  } catch {
    const saved = (await store.match(key)) ?? (await store.match(new URL('/offline/', self.location.origin).href));
    if (!saved) return Response.error();
    const html = withOfflineNotice(await saved.text(), saved.headers.get(savedAtHeader));
    const headers = new Headers(saved.headers);
    headers.delete('Content-Length');
    return new Response(html, { status: 200, headers });
  }
}

async function asset(request: Request): Promise<Response> {
  const saved = await caches.match(request, { cacheName: cache, ignoreSearch: true });
  return saved ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const route = routeFor(event.request, self.location.origin);
  if (route === 'page') event.respondWith(page(event.request));
  else if (route === 'asset') event.respondWith(asset(event.request));
});
