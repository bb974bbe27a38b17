import { z } from 'astro/zod';
import type { Source } from './source.ts';

/**
 * A citation: which source, which section. Built from the list of known sources so that
 * a citation naming an unknown source, or a section that source does not have, fails the
 * build with a message that says what was expected.
 */
export function citationSchema(sources: readonly Pick<Source, 'id' | 'sections'>[]) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return z
    .strictObject({
      /** The id of a source in content/sources.json. */
      source: z.string(),
      /** A section heading of that source, as listed in content/sources.json. */
      section: z.string(),
    })
    .superRefine((citation, ctx) => {
      const source = byId.get(citation.source);
      if (!source) {
        ctx.addIssue({
          code: 'custom',
          path: ['source'],
          message: `unknown source "${citation.source}"; expected one of: ${[...byId.keys()].join(', ')}`,
        });
        return;
      }
      if (!source.sections.includes(citation.section)) {
        ctx.addIssue({
          code: 'custom',
          path: ['section'],
          message: `source "${source.id}" has no section "${citation.section}"; expected one of: ${source.sections.map((s) => `"${s}"`).join(', ')}`,
        });
      }
    });
}

export type Citation = { source: string; section: string };
