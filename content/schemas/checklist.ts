import { z } from 'astro/zod';
import { slugId, text } from './common.ts';
import { citationSchema } from './citation.ts';
import type { Source } from './source.ts';

/**
 * A checklist (content/checklists/*.yaml) that `attendance-checklist` runs and the site
 * prints. Item ids are stable: saved work refers to them, so rewording an item keeps it.
 */
export function checklistSchema(sources: readonly Pick<Source, 'id' | 'sections'>[]) {
  const citation = citationSchema(sources);
  const item = z.strictObject({
    id: slugId,
    /** The question or check, in our words. */
    text,
    /** Why it matters. */
    why: text.optional(),
    /** What to ask for, or how to use it. */
    askFor: text.optional(),
    /** Sub-questions, such as those on age-related expectations. */
    subItems: z.array(z.strictObject({ id: slugId, text })).default([]),
    /** Slug of the guidance page it comes from. */
    page: slugId.optional(),
    citation,
  });
  return z.strictObject({
    title: text,
    summary: text,
    /** Statuses an item can take, first is the starting one. */
    statuses: z
      .array(z.strictObject({ id: slugId, label: text }))
      .min(2)
      .default([
        { id: 'not-asked', label: 'Not yet asked' },
        { id: 'asked', label: 'Asked' },
        { id: 'answered', label: 'Answered' },
        { id: 'concern', label: 'Concern' },
      ]),
    groups: z.array(z.strictObject({ id: slugId, title: text, items: z.array(item).min(1) })).min(1),
    citations: z.array(citation).min(1),
  });
}
