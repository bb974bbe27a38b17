import { getCollection, type CollectionEntry } from 'astro:content';

/**
 * Reads once per build what every page asks for. A collection scan per page makes the build
 * grow with the square of its pages; in `astro dev` each call reads afresh, so edits show.
 */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (cached ??= load()));
}

/** Guidance pages in reading order (shared: filter or copy it, never sort it in place). */
export const guidancePages: () => Promise<readonly CollectionEntry<'guidance'>[]> = oncePerBuild(async () => {
  const pages = await getCollection('guidance');
  return pages.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
});

const guidanceById = oncePerBuild(async () => new Map((await guidancePages()).map((page) => [page.id, page])));

export const sourcesById: () => Promise<Map<string, CollectionEntry<'sources'>['data']>> = oncePerBuild(async () => {
  const sources = await getCollection('sources');
  return new Map(sources.map((s) => [s.data.id, s.data]));
});

/** The key facts listed for each guidance page, by the page's id. */
export const keyFactsByPage: () => Promise<Map<string, CollectionEntry<'keyFacts'>['data'][]>> = oncePerBuild(async () => {
  const byPage = new Map<string, CollectionEntry<'keyFacts'>['data'][]>();
  for (const { data } of await getCollection('keyFacts')) for (const page of data.pages) byPage.set(page, [...(byPage.get(page) ?? []), data]);
  return byPage;
});

/** How the five sources divide: national documents from the Department for Education (and how many statutory), and councils'. */
export async function sourceMix(): Promise<{ national: number; statutory: number; councils: number }> {
  const sources = (await getCollection('sources')).map((s) => s.data);
  return {
    national: sources.filter((s) => s.kind !== 'council').length,
    statutory: sources.filter((s) => s.kind === 'statutory').length,
    councils: sources.filter((s) => s.kind === 'council').length,
  };
}

/** Looks up related page slugs, failing the build on a slug that names no page. */
export async function relatedPages(slugs: string[], from: string): Promise<CollectionEntry<'guidance'>[]> {
  const pages = await guidanceById();
  return slugs.map((slug) => {
    const page = pages.get(slug);
    if (!page) throw new Error(`${from}: related page "${slug}" does not exist in content/guidance/`);
    return page;
  });
}

export function guidanceHref(slug: string): string {
  return `/guidance/${slug}/`;
}
