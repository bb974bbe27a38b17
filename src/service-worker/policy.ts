/**
 * What the service worker does with each request and with each saved file, kept apart from the
 * worker itself so that vitest can check it without a browser.
 *
 * - Only GET requests to this site are handled; anything on another origin is left to the
 *   browser and never cached, and so are the iframe embed pages (/embed/).
 * - Pages: network first (fresh guidance when there is signal), each page saved as it is read;
 *   the saved copy when there is no signal, with a dated "you are offline" notice written into it.
 * - Everything else of ours: the saved copy where it cannot be stale (the core, kept at this
 *   build's revisions; files whose names carry a hash of their content), else the network, saving
 *   what is used (the search index as searches use it) for next time.
 * - The copy: the core, saved on the first visit and updated file by file; what was read or used
 *   since, carried from one build's copy to the next; or everything, when the reader asks for it.
 */
import { sitePath } from '../lib/site-path.ts';

export const cachePrefix = 'apk-';
/** The response header that records when a page was saved on the device. */
export const savedAtHeader = 'x-apk-saved-at';
/** The response header that records the revision (a hash of the content) of a saved file. */
export const revisionHeader = 'x-apk-revision';
/** A small record of the saved copy (version, when, how much), read by the /offline/ page. */
export const copyRecordPath = '/offline-copy.json';

export interface CopyRecord {
  version: string;
  savedAt: string;
  /** The revision of the search index the copy's saved searches belong to. */
  searchIndex: string;
  /** True once the reader has saved everything: updates then keep the whole copy whole. */
  everything: boolean;
  files: number;
  bytes: number;
}

/** How many files, and their bytes as stored and as sent gzipped. */
export interface Size {
  files: number;
  bytes: number;
  gzipBytes: number;
}

/** Messages the /offline/ page sends the worker (src/scripts/offline-status.ts), and what comes back. */
export type OfflineMessage = { type: 'offline-status' } | { type: 'save-everything' };
export type OfflineReply =
  | { type: 'offline-status'; record: CopyRecord | undefined; everything: Size }
  | { type: 'save-progress'; done: number; total: number; bytes: number; totalBytes: number }
  | { type: 'save-done'; ok: true; record: CopyRecord | undefined }
  | { type: 'save-done'; ok: false; message: string };

export type Route = 'page' | 'asset' | 'ignore';

export function cacheName(version: string): string {
  return cachePrefix + version;
}

/** Caches from earlier builds, to delete once this build's worker takes over. */
export function staleCaches(names: readonly string[], version: string): string[] {
  return names.filter((name) => name.startsWith(cachePrefix) && name !== cacheName(version));
}

export function routeFor(request: { url: string; method: string; mode: string }, origin: string): Route {
  if (request.method !== 'GET') return 'ignore';
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return 'ignore';
  }
  if (url.origin !== origin) return 'ignore';
  // Iframe embeds live in councils' pages: they must always be the current build, online. The
  // path is read as the server will read it, so `/%65mbed/` is an embed too; a path that cannot
  // be read is left to the network.
  const path = sitePath(url.pathname);
  if (path === undefined || path.startsWith('/embed/')) return 'ignore';
  if (request.mode === 'navigate') return 'page';
  return 'asset';
}

/** The search index, the search plan data that names its records (and its parts), and the quick-find list. */
export function isSearchData(path: string): boolean {
  return path.startsWith('/pagefind/') || path.startsWith('/search-plan/') || path === '/quickfind.json' || path === '/search-plan.json';
}

/** Files whose names carry a hash of their content: a saved copy of one is never stale. */
export function isImmutable(path: string): boolean {
  return /^\/(_astro|widgets\/v1\/chunks)\//.test(path) || /^\/pagefind\/(index|fragment|filter)\//.test(path) || /^\/pagefind\/[^/]+\.pf_meta$/.test(path);
}

/**
 * Whether a file saved in the last build's copy, outside this build's core, goes on into this
 * build's copy: pages read and files used do (pages are refreshed whenever they are opened with
 * a connection), except the saved searches of a search index that has since changed, whose
 * files no longer fit the new index. A whole copy is instead brought up to date from the manifest.
 */
export function carriedForward(path: string, searchIndexChanged: boolean): boolean {
  if (path === copyRecordPath) return false;
  return !(searchIndexChanged && isSearchData(path));
}

/** The revision of a file's content: the first 12 hex digits of its SHA-256, as the build gives it. */
export async function revisionOf(body: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body as BufferSource));
  return [...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Runs `task` over `items`, `limit` at a time. */
export async function inTurn<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Progress worth telling the page about: each whole per cent, and the end. */
export function progressStep(done: number, total: number): boolean {
  return done === total || Math.floor((done * 100) / total) !== Math.floor(((done - 1) * 100) / total);
}

/** The address a page is saved under: directory form, no query (search terms, ?present). */
export function pageKey(url: string): string {
  const parsed = new URL(url);
  let path = parsed.pathname;
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
  return parsed.origin + path;
}

export function formatSavedAt(iso: string | null): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${day} at ${time}`;
}

/** The words of the notice on a page served from the device. */
export function offlineNoticeText(savedAt: string | null): string {
  const when = formatSavedAt(savedAt);
  return when
    ? `You are offline. This page is the copy saved on this device on ${when}; it may be out of date.`
    : 'You are offline. This page is the copy saved on this device; it may be out of date.';
}

const noticeSlot = /(<div\b[^>]*\bdata-offline-notice\b[^>]*)>\s*<\/div>/;

/**
 * Writes the notice into the page's empty notice slot (see src/layouts/Base.astro). The text is
 * escaped; a page without the slot is returned unchanged.
 */
export function withOfflineNotice(html: string, savedAt: string | null): string {
  const text = offlineNoticeText(savedAt).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const stamp = savedAt && !Number.isNaN(new Date(savedAt).getTime()) ? new Date(savedAt).toISOString() : 'unknown';
  return html.replace(noticeSlot, (_match, open: string) => `${open} data-offline-from="${stamp}">${text}</div>`);
}
