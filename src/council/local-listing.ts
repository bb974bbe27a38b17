/**
 * A council's local pages in the site's lists of pages (topics, audiences, the guidance index,
 * the home page), beside the national ones and marked "Local to <council>". The lists put the
 * council's own pages first, then the national ones in their usual order; the national pages
 * themselves are untouched. In the national edition there are none, and the lists are as before.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { guidanceHref, guidancePages, oncePerBuild } from '../lib/content';

/** One entry in a list of pages: a national guidance page or one of the council's own. */
export type ListedPage = CollectionEntry<'guidance'> | CollectionEntry<'localPages'>;

/** The council's pages in the order it gave them (`order`, then title); none nationally. */
export const localPagesInOrder: () => Promise<readonly CollectionEntry<'localPages'>[]> = oncePerBuild(async () =>
  (await getCollection('localPages')).sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title)),
);

export function isLocalPage(page: ListedPage): page is CollectionEntry<'localPages'> {
  return page.collection === 'localPages';
}

export function listedHref(page: ListedPage): string {
  return isLocalPage(page) ? `/local/${page.id}/` : guidanceHref(page.id);
}

/** The pages that `keep` selects, for a list: the council's own first, then the national ones. */
export async function listedPages(keep: (data: { topics: readonly string[]; audiences: readonly string[] }) => boolean): Promise<ListedPage[]> {
  const [local, national] = await Promise.all([localPagesInOrder(), guidancePages()]);
  return [...local.filter((page) => keep(page.data)), ...national.filter((page) => keep(page.data))];
}
