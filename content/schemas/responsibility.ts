import { z } from 'astro/zod';
import { slugId, text } from './common.ts';
import { citationSchema } from './citation.ts';
import type { Source } from './source.ts';

/**
 * One level of support in the summary table of responsibilities (source
 * responsibilities-2024), with what each party is expected to do at that level; or, for the
 * table's last part (Monitoring), who checks each party's work.
 */
export function responsibilitySchema(sources: readonly Pick<Source, 'id' | 'sections'>[]) {
  const expectations = z.array(text);
  return z.strictObject({
    id: slugId,
    /** The level as the source names it, such as "All pupils". */
    level: text,
    /** Position from all pupils (1) to monitoring. */
    order: z.number().int().min(1),
    parties: z.strictObject({
      parents: expectations,
      schools: expectations,
      trustsAndGoverningBodies: expectations,
      localAuthorities: expectations,
    }),
    /**
     * What the entries under each party are, where they are not what that party is expected to
     * do: the Monitoring part of the table says who checks each party's work.
     */
    about: text.optional(),
    citation: citationSchema(sources),
  });
}
