import { getCollection, type CollectionEntry } from 'astro:content';

export type PartyId = 'parents' | 'schools' | 'trustsAndGoverningBodies' | 'localAuthorities';

/** The four parties of the summary table, in the source's column order. */
export const parties: { id: PartyId; label: string; slug: string }[] = [
  { id: 'parents', label: 'Parents', slug: 'parents' },
  { id: 'schools', label: 'Schools', slug: 'schools' },
  { id: 'trustsAndGoverningBodies', label: 'Academy trusts and governing bodies', slug: 'trusts-and-governing-bodies' },
  { id: 'localAuthorities', label: 'Local authorities', slug: 'local-authorities' },
];

export async function levels(): Promise<CollectionEntry<'responsibilities'>[]> {
  return (await getCollection('responsibilities')).sort((a, b) => a.data.order - b.data.order);
}

/** The anchor of one cell, the same on both views so a link to a cell works from either. */
export function cellId(levelId: string, party: PartyId): string {
  return `${levelId}--${parties.find((p) => p.id === party)!.slug}`;
}
