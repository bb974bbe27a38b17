import { z } from 'astro/zod';
import { audienceIds, fullDate, slugId, text, topicIds } from './common.ts';
import { citationSchema } from './citation.ts';
import type { Source } from './source.ts';
import tools from '../tools.json' with { type: 'json' };

/** Ids of the tools a page can offer as next steps. */
const toolIds = tools.map((t) => t.id) as [string, ...string[]];

/** Frontmatter of a guidance page (content/guidance/*.mdx). */
export function guidanceSchema(sources: readonly Pick<Source, 'id' | 'sections'>[]) {
  return z.strictObject({
    /** The page's one h1. */
    title: text.max(120, 'keep titles under 120 characters'),
    /** One or two sentences shown under the title, in lists and in search results. */
    summary: text.min(20, 'write a summary of at least 20 characters').max(320, 'keep the summary under 320 characters'),
    /** Who the page is for (ids from content/taxonomy.json). */
    audiences: z.array(z.enum(audienceIds)).min(1, 'name at least one audience'),
    /** What the page is about (ids from content/taxonomy.json). */
    topics: z.array(z.enum(topicIds)).min(1, 'name at least one topic'),
    /** Where every fact on the page comes from. */
    citations: z.array(citationSchema(sources)).min(1, 'cite at least one source section'),
    /** When a person last checked the page against its sources (YYYY-MM-DD). */
    lastReviewed: fullDate,
    /** Slugs of other guidance pages to list under "Related pages". */
    related: z.array(slugId).default([]),
    /** Position in lists; lower comes first. */
    order: z.number().int().default(100),
    /** What changed at the last review, for the amendments page. */
    changeNote: text.default('First published.'),
    /** Tools (ids in content/tools.json) offered as next steps at the foot of the page. */
    tools: z.array(z.enum(toolIds)).default([]),
    /**
     * Extra search weight: set on the page that defines a term, so it outranks pages that mention
     * it, and other names the page should be found under. Those the page's text uses are shown to
     * readers as "Explained on this page"; the rest only help search.
     */
    searchKeywords: z.array(text).default([]),
  });
}
