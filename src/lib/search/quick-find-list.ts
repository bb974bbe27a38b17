/**
 * Which entries the quick-find list holds, whatever the size of the site (pure: used by the
 * build, src/lib/search/build-index.ts).
 */
import type { QuickFindEntry, QuickFindList } from './index-types.ts';

/**
 * The most entries the quick-find list holds: about 14 KB gzipped, fetched after the first
 * results. The kit's own entries (terms, tools, checklists and their items) are always in; the
 * council's local pages next, up to `maxLocalPages`; then guidance pages, most recently reviewed
 * first, until the list is full. On a very large site the pages left out are found by the full
 * search alone.
 */
export const maxQuickFindEntries = 600;
export const maxLocalPages = 150;

export function capQuickFind(kit: QuickFindEntry[], local: QuickFindEntry[], pages: { title: string; url: string; reviewed: string }[]): QuickFindList {
  const localKept = local.slice(0, maxLocalPages);
  const room = Math.max(0, maxQuickFindEntries - kit.length - localKept.length);
  const byRecency = [...pages].sort((a, b) => b.reviewed.localeCompare(a.reviewed) || a.title.localeCompare(b.title));
  const kept: QuickFindEntry[] = byRecency.slice(0, room).map((p) => ({ title: p.title, url: p.url, kind: 'page' }));
  return { entries: [...kit, ...localKept, ...kept], leftOut: local.length - localKept.length + pages.length - kept.length };
}
