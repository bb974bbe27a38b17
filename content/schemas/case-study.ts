import { z } from 'astro/zod';
import { audienceIds, text, topicIds } from './common.ts';
import { citationSchema } from './citation.ts';
import type { Source } from './source.ts';

/** A case study from the sources (content/case-studies/*.yaml), retold in our words. */
export function caseStudySchema(sources: readonly Pick<Source, 'id' | 'sections'>[]) {
  return z.strictObject({
    title: text,
    /** The area the practice comes from, such as "Wandsworth". */
    area: text,
    summary: text,
    audiences: z.array(z.enum(audienceIds)).min(1),
    topics: z.array(z.enum(topicIds)).min(1),
    /** The story in order, each part a heading and paragraphs. */
    parts: z.array(z.strictObject({ heading: text, paragraphs: z.array(text).min(1) })).min(1, 'tell the case in at least one part'),
    /** What a practitioner can take from it. */
    learning: z.array(text).default([]),
    citations: z.array(citationSchema(sources)).min(1, 'cite the source of the case study'),
  });
}
