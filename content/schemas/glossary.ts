import { z } from 'astro/zod';
import { slugId, text } from './common.ts';
import { citationSchema } from './citation.ts';
import type { Source } from './source.ts';

/** One glossary entry (content/glossary/*.yaml): an acronym or a role the sources use. */
export function glossarySchema(sources: readonly Pick<Source, 'id' | 'sections'>[]) {
  return z.strictObject({
    /** Stable id, used in links to the term. */
    id: slugId,
    /** The term in full, such as "Designated safeguarding lead". */
    term: text,
    /** Its short form, such as "DSL", where the sector uses one. */
    abbreviation: text.optional(),
    /** Other names people search for. */
    aliases: z.array(text).default([]),
    /** What it means, in plain English. */
    definition: text,
    /** Guidance page slugs that explain it further. */
    pages: z.array(slugId).default([]),
    citations: z.array(citationSchema(sources)).default([]),
  });
}
