import { z } from 'astro/zod';
import { slugId, text } from './common.ts';
import { citationSchema } from './citation.ts';
import type { Source } from './source.ts';
import { factorLabelMaxChars } from './factor-limits.ts';

/**
 * One factor in the push and pull library (content/factors.json), which the
 * `attendance-push-pull` widget offers and the site's push and pull page lists.
 *
 * Everything here comes from the sources, retold in our words. A factor's `id` is stable:
 * a child's map saved in a browser or a downloaded file names library factors by id.
 */
export function factorSchema(sources: readonly Pick<Source, 'id' | 'sections'>[]) {
  const citation = citationSchema(sources);
  return z.strictObject({
    /** Stable id (lower-case letters, digits, hyphens). Never reuse one for a different factor. */
    id: slugId,
    /** Short name, as drawn on the map: at most 60 characters. */
    label: text.max(factorLabelMaxChars, `expected a label of at most ${factorLabelMaxChars} characters, to fit on the map`),
    /**
     * The lane the sources place it in. push: pushes the child away from school; pull: pulls
     * them away to something else; pull-back: could draw them back. A person can move it.
     */
    lane: z.enum(['push', 'pull', 'pull-back']),
    /**
     * Whether the factor sits in school or out of school. The widget suggests who should lead
     * from it: the school for in-school factors, the family with the practitioner for
     * out-of-school ones.
     */
    setting: z.enum(['in-school', 'out-of-school']),
    /** Who the question is for: the child (default) or the family. */
    askWho: z.enum(['child', 'family']).default('child'),
    /** The question to ask, in our words. */
    question: text,
    /** Example adjustments, only where the cited sections give them; empty otherwise. */
    adjustments: z.array(text).default([]),
    /** Slug of the guidance page that says more (content/guidance/<page>.md); a unit test checks it exists. */
    page: slugId,
    /** Where it comes from: the first citation is the main one. At least one. */
    citations: z.array(citation).min(1, 'expected at least one citation: every factor comes from a source'),
  });
}
