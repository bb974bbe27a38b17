import { z } from 'astro/zod';
import { audienceIds, fullDate, slugId, text, topicIds } from './common.ts';
import { localCitationSchema } from './local-citation.ts';

/**
 * Frontmatter of a council's local page (<council folder>/pages/<slug>.mdx), published at
 * /local/<slug>/ and marked "Local to <council>". A local page never changes a national page:
 * it sits beside them, tagged with the same audiences and topics so it is found with them.
 */
export const localPageSchema = z.strictObject({
  /** The page's one h1. */
  title: text.max(120, 'keep titles under 120 characters'),
  /** One or two sentences shown under the title and in lists. */
  summary: text.min(20, 'write a summary of at least 20 characters').max(320, 'keep the summary under 320 characters'),
  /** Who the page is for (ids from content/taxonomy.json). */
  audiences: z.array(z.enum(audienceIds)).min(1, 'name at least one audience'),
  /** What the page is about (ids from content/taxonomy.json); contacts for these topics are shown beside it. */
  topics: z.array(z.enum(topicIds)).min(1, 'name at least one topic'),
  /** The council's own documents the page retells (not the national sources). */
  citations: z.array(localCitationSchema).min(1, "cite at least one of the council's own documents"),
  /** When someone at the council last checked the page (YYYY-MM-DD). */
  lastReviewed: fullDate,
  /**
   * National guidance pages (slugs) this page builds on. The build warns when one of them is
   * removed, or reviewed after this page was, so the council knows what to re-check.
   */
  relatesTo: z.array(slugId).default([]),
  /** What changed at the last review, for the amendments page. */
  changeNote: text.default('First published.'),
  /** Position in the list of local pages; lower comes first. */
  order: z.number().int().default(100),
});
