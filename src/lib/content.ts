import { getCollection, type CollectionEntry } from 'astro:content';

/** Guidance pages in reading order. */
export async function guidancePages(): Promise<CollectionEntry<'guidance'>[]> {
  const pages = await getCollection('guidance');
  return pages.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

export async function sourcesById(): Promise<Map<string, CollectionEntry<'sources'>['data']>> {
  const sources = await getCollection('sources');
  return new Map(sources.map((s) => [s.data.id, s.data]));
}

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
  const pages = await getCollection('guidance');
  return slugs.map((slug) => {
    const page = pages.find((p) => p.id === slug);
    if (!page) throw new Error(`${from}: related page "${slug}" does not exist in content/guidance/`);
    return page;
  });
}

export function guidanceHref(slug: string): string {
  return `/guidance/${slug}/`;
}
