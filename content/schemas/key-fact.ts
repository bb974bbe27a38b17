import { z } from 'astro/zod';
import { slugId, text } from './common.ts';
import { citationSchema } from './citation.ts';
import type { Source } from './source.ts';

/**
 * A figure the sources give (content/key-facts.json), shown on the key facts page and reused
 * wherever it is relevant, so the number is written once.
 */
export function keyFactSchema(sources: readonly Pick<Source, 'id' | 'sections'>[]) {
  return z
    .strictObject({
      id: slugId,
      /** The figure itself, short: "twice as poor", "19 days". */
      figure: text,
      /** The fact in a plain sentence, in our words. */
      statement: text,
      /** What it means for practice. */
      soWhat: text.optional(),
      /** Guidance page slugs where it matters. */
      pages: z.array(slugId).default([]),
      /**
       * Where it comes from. A fact that is an official definition rather than a sentence of a
       * source (for example what 90% means in days) names `definitions` instead of a citation.
       */
      citation: citationSchema(sources).optional(),
      basis: z.enum(['source', 'official-definition']).default('source'),
    })
    .refine((fact) => fact.basis === 'official-definition' || fact.citation !== undefined, {
      message: 'a fact from a source needs a citation',
      path: ['citation'],
    });
}
