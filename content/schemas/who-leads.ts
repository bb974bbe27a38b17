import { z } from 'astro/zod';
import { text } from './common.ts';
import { citationSchema } from './citation.ts';
import type { Source } from './source.ts';

/**
 * Who leads on a barrier to attendance, by where it sits (content/who-leads.json), as the
 * statutory summary table of responsibilities says. The push and pull explorer shows it on each
 * factor and in the plan summary, and its tool page explains it: one text for all three.
 */
export function whoLeadsSchema(sources: readonly Pick<Source, 'id' | 'sections'>[]) {
  return z.strictObject({
    /** Where the barrier sits, as the explorer marks a factor. */
    id: z.enum(['in-school', 'out-of-school']),
    /** What the table says about who leads and who does what, in our words: a sentence or three. */
    text: text.max(500, 'keep it under 500 characters: it is shown on every factor card'),
    /** The sections of the summary table it comes from. At least one. */
    citations: z.array(citationSchema(sources)).min(1, 'expected at least one citation: who leads comes from the summary table'),
  });
}
