/**
 * What the service worker does with each request, kept apart from the worker itself so that
 * vitest can check it without a browser.
 *
 * - Only GET requests to this site are handled; anything on another origin is left to the
 *   browser and never cached.
 * - Pages: network first (fresh guidance when there is signal), the saved copy when not, with
 *   a dated "you are offline" notice written into it.
 * - Everything else of ours (styles, widgets, the search index): the copy saved with this build.
 */

import { sitePath } from '../lib/site-path.ts';

export const cachePrefix = 'apk-';
/** The response header that records when a page was saved on the device. */
export const savedAtHeader = 'x-apk-saved-at';
/** A small record of the saved copy (version, when), read by the /offline/ page. */
export const copyRecordPath = '/offline-copy.json';

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
