/// <reference lib="webworker" />
/**
 * The service worker: keeps the kit on the device so it works on a home visit with no signal.
 * Built by scripts/write-service-worker.mjs, which fills in this build's core (the files a first
 * visit saves, content/offline.json) with each file's revision. A new build is a new worker with
 * a new copy of its own, made from the last copy: files whose revision did not change are copied
 * across on the device, only the rest is fetched, so a build that changes one page costs a
 * returning reader that page. Rules for each request and each saved file: ./policy.ts.
 */
import {
  cacheName,
  carriedForward,
  copyRecordPath,
  inTurn,
  isImmutable,
  pageKey,
  progressStep,
  revisionHeader,
  revisionOf,
  routeFor,
  savedAtHeader,
  staleCaches,
  withOfflineNotice,
  type CopyRecord,
  type OfflineMessage,
  type OfflineReply,
  type Size,
} from './policy.ts';

declare const self: ServiceWorkerGlobalScope;
declare const APK_VERSION: string;
/** The core: [site path, revision] of every file a first visit saves. */
declare const APK_CORE: [string, string][];
/** The revision of this build's search index. */
declare const APK_SEARCH_INDEX: string;
/** The whole kit, for "Save everything": how many files, and their bytes as stored and as sent. */
declare const APK_EVERYTHING: Size;

const cache = cacheName(APK_VERSION);
const core = new Map(APK_CORE);
const manifestPath = '/offline-manifest.json';
/** How long a page waits for the network before the saved copy is used (poor signal). */
const pageTimeoutMs = 4000;
/** Files fetched at once while saving. */
const fetchesAtOnce = 6;

const keyOf = (path: string) => new URL(path, self.location.origin).href;
const pathOf = (url: string) => new URL(url).pathname;
const isPage = (path: string) => path.endsWith('/') || path.endsWith('.html');

/** A response ready to save: its body read once, with its revision (and, for a page, when it was saved). */
async function saveable(response: Response, savedAt: string, page: boolean): Promise<{ response: Response; revision: string }> {
  const body = await response.arrayBuffer();
  const revision = await revisionOf(body);
  const headers = new Headers(response.headers);
  headers.set(revisionHeader, revision);
  if (page) headers.set(savedAtHeader, savedAt);
  headers.delete('Content-Length');
  return { response: new Response(body, { status: response.status, statusText: response.statusText, headers }), revision };
}

/** Puts a file at `revision` into `store`: copied from `previous` when it holds that revision, else fetched. */
async function saveFile(store: Cache, previous: Cache | undefined, path: string, revision: string, savedAt: string): Promise<void> {
  const key = keyOf(path);
  const old = await previous?.match(key);
  if (old?.headers.get(revisionHeader) === revision) {
    await store.put(key, old);
    return;
  }
  const fetched = await fetch(path, { cache: 'reload' });
  if (!fetched.ok) throw new Error(`${path}: ${fetched.status}`);
  // Saved with the revision of what came, which is this build's unless the host rewrites files:
  // then the next build fetches it again rather than trust it.
  const { response } = await saveable(fetched, savedAt, isPage(path));
  await store.put(key, response);
}

async function readRecord(store: Cache): Promise<CopyRecord | undefined> {
  const saved = await store.match(copyRecordPath);
  return saved ? ((await saved.json()) as CopyRecord) : undefined;
}

async function writeRecord(store: Cache, everything: boolean, savedAt: string): Promise<void> {
  let files = 0;
  let bytes = 0;
  for (const request of await store.keys()) {
    if (pathOf(request.url) === copyRecordPath) continue;
    files += 1;
    bytes += (await (await store.match(request))?.blob())?.size ?? 0;
  }
  const record: CopyRecord = { version: APK_VERSION, savedAt, searchIndex: APK_SEARCH_INDEX, everything, files, bytes };
  await store.put(copyRecordPath, new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }));
}

/** The copy an earlier build's worker made, if any: the newest. */
async function previousCopy(): Promise<{ store: Cache; record: CopyRecord } | undefined> {
  let newest: { store: Cache; record: CopyRecord } | undefined;
  for (const name of staleCaches(await caches.keys(), APK_VERSION)) {
    const store = await caches.open(name);
    const record = await readRecord(store);
    if (record && (!newest || record.savedAt > newest.record.savedAt)) newest = { store, record };
  }
  return newest;
}

type Progress = (done: number, total: number, bytes: number, totalBytes: number) => void;

/** Brings `store` to every file of the manifest, copying from `previous` what did not change. */
async function saveAll(store: Cache, previous: Cache | undefined, savedAt: string, progress: Progress = () => {}): Promise<void> {
  const response = await fetch(manifestPath, { cache: 'reload' });
  if (!response.ok) throw new Error(`${manifestPath}: ${response.status}`);
  const manifest = (await response.json()) as { version: string; files: [string, string, number][] };
  if (manifest.version !== APK_VERSION) throw new Error('The kit has been updated since this page opened: reload the page and try again.');
  const wanted = new Set(manifest.files.map(([path]) => keyOf(path)));
  const totalBytes = manifest.files.reduce((sum, [, , bytes]) => sum + bytes, 0);
  let done = 0;
  let doneBytes = 0;
  await inTurn(manifest.files, fetchesAtOnce, async ([path, revision, bytes]) => {
    const current = await store.match(keyOf(path));
    if (current?.headers.get(revisionHeader) !== revision) await saveFile(store, previous, path, revision, savedAt);
    done += 1;
    doneBytes += bytes;
    if (progressStep(done, manifest.files.length)) progress(done, manifest.files.length, doneBytes, totalBytes);
  });
  // Files of the site no longer (pages removed, old search index): not part of a whole copy.
  for (const request of await store.keys()) if (!wanted.has(request.url) && pathOf(request.url) !== copyRecordPath) await store.delete(request);
}

/** The pages open while the worker installs are being read: saved like any page read later. */
async function saveOpenPages(store: Cache, savedAt: string): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    const request = new Request(client.url);
    const key = pageKey(client.url);
    if (routeFor({ url: client.url, method: 'GET', mode: 'navigate' }, self.location.origin) !== 'page' || (await store.match(key))) continue;
    const response = await fetch(request).catch(() => undefined);
    if (response?.ok && response.headers.get('Content-Type')?.includes('text/html')) await store.put(key, (await saveable(response, savedAt, true)).response);
  }
}

/** The new build's copy: the core at this build's revisions, and what the reader had beyond it. */
async function install(): Promise<void> {
  const store = await caches.open(cache);
  const previous = await previousCopy();
  const savedAt = new Date().toISOString();
  await inTurn(APK_CORE, fetchesAtOnce, ([path, revision]) => saveFile(store, previous?.store, path, revision, savedAt));
  const everything = previous?.record.everything ?? false;
  if (previous && everything) await saveAll(store, previous.store, savedAt);
  else if (previous) {
    const searchIndexChanged = previous.record.searchIndex !== APK_SEARCH_INDEX;
    for (const request of await previous.store.keys()) {
      const path = pathOf(request.url);
      if (core.has(path) || !carriedForward(path, searchIndexChanged)) continue;
      const saved = await previous.store.match(request);
      if (saved) await store.put(request, saved);
    }
  }
  await saveOpenPages(store, savedAt);
  await writeRecord(store, everything, savedAt);
}

self.addEventListener('install', (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
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

/** A page: from the network, saved as it is read; from the device when there is no signal. */
async function page(request: Request): Promise<Response> {
  const store = await caches.open(cache);
  const key = pageKey(request.url);
  try {
    const response = await networkWithin(request, pageTimeoutMs);
    if (response.ok && response.headers.get('Content-Type')?.includes('text/html') && !response.redirected) {
      const { response: copy } = await saveable(response.clone(), new Date().toISOString(), true);
      await store.put(key, copy);
    }
    return response;
  } catch {
    const saved = (await store.match(key)) ?? (await store.match(keyOf('/offline/')));
    if (!saved) return Response.error();
    const html = withOfflineNotice(await saved.text(), saved.headers.get(savedAtHeader));
    const headers = new Headers(saved.headers);
    headers.delete('Content-Length');
    return new Response(html, { status: 200, headers });
  }
}

/**
 * Anything else of ours: the saved copy where it cannot be stale, else the network (saving what
 * is used, such as the search index's parts a search needs), with the saved copy as the fallback.
 */
async function asset(request: Request): Promise<Response> {
  const store = await caches.open(cache);
  const path = pathOf(request.url);
  const saved = await store.match(request, { ignoreSearch: true });
  if (saved && (core.has(path) || isImmutable(path))) return saved;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const { response: copy } = await saveable(response.clone(), new Date().toISOString(), false);
      await store.put(keyOf(path), copy);
    }
    return response;
  } catch (error) {
    if (saved) return saved;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const route = routeFor(event.request, self.location.origin);
  if (route === 'page') event.respondWith(page(event.request));
  else if (route === 'asset') event.respondWith(asset(event.request));
});

async function tellPages(message: OfflineReply): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message);
}

let savingEverything: Promise<void> | undefined;

async function saveEverything(): Promise<void> {
  const store = await caches.open(cache);
  try {
    const savedAt = new Date().toISOString();
    await saveAll(store, undefined, savedAt, (done, total, bytes, totalBytes) => void tellPages({ type: 'save-progress', done, total, bytes, totalBytes }));
    await writeRecord(store, true, savedAt);
    await tellPages({ type: 'save-done', ok: true, record: await readRecord(store) });
  } catch (error) {
    await tellPages({ type: 'save-done', ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}

self.addEventListener('message', (event) => {
  const message = event.data as OfflineMessage;
  if (message?.type === 'offline-status') {
    event.waitUntil(
      caches
        .open(cache)
        .then(readRecord)
        .then((record) => event.source?.postMessage({ type: 'offline-status', record, everything: APK_EVERYTHING } satisfies OfflineReply)),
    );
  } else if (message?.type === 'save-everything') {
    savingEverything ??= saveEverything().finally(() => (savingEverything = undefined));
    event.waitUntil(savingEverything);
  }
});
