/**
 * What kind of document each source is, and the "From:" line a page shows for the sources it
 * cites: who published them, what kind each is and its date. No Astro here, so it can be tested.
 */
import type { Source } from '../../content/schemas/source.ts';

export type SourceKind = Source['kind'];

/** How a page names each kind, in its "From:" line and its notice. */
export const kindLabels: Record<SourceKind, string> = {
  statutory: 'statutory guidance',
  'non-statutory': 'non-statutory guidance',
  council: 'a council’s guide',
};

/** The sources a list of citations names, each once, in the order they are first cited. */
export function citedSources<S extends { id: string }>(citations: readonly { source: string }[], byId: ReadonlyMap<string, S>): S[] {
  const ids = [...new Set(citations.map((c) => c.source))];
  return ids.map((id) => {
    const source = byId.get(id);
    if (!source) throw new Error(`a citation names the source "${id}", which is not in content/sources.json`);
    return source;
  });
}

export interface Origin {
  from: string;
  kinds: { kind: SourceKind; dates: string[] }[];
}

/** One entry per publisher, with each kind of document it published and their dates, in citation order. */
export function origins(sources: readonly Pick<Source, 'from' | 'kind' | 'date'>[]): Origin[] {
  const byPublisher = new Map<string, Origin>();
  for (const source of sources) {
    const origin = byPublisher.get(source.from) ?? { from: source.from, kinds: [] };
    byPublisher.set(source.from, origin);
    const kind = origin.kinds.find((k) => k.kind === source.kind) ?? { kind: source.kind, dates: [] };
    if (!origin.kinds.includes(kind)) origin.kinds.push(kind);
    if (!kind.dates.includes(source.date)) kind.dates.push(source.date);
  }
  return [...byPublisher.values()];
}
