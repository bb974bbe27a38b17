import { z } from 'astro/zod';
import { slugId, text } from './common.ts';

/** A site path such as "/tools/four-is/": where a task's words send the reader. */
const sitePath = z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'expected a path on this site, such as "/tools/four-is/"');

/** A word or phrase as people type it: lower case, letters, digits, spaces, hyphens and apostrophes. */
const typed = z.string().regex(/^[a-z0-9][a-z0-9 '’-]*$/, 'expected lower-case words as people type them, such as "kicked out"');

/**
 * One entry of content/search-terms.yaml: what people type, and what the kit calls it. Read
 * by the search (src/lib/search/) through the quick-find index.
 */
export function searchTermSchema(glossaryIds: readonly string[]) {
  const glossaryId = z.string().refine((id) => glossaryIds.includes(id), {
    error: (issue) => `unknown glossary term "${String(issue.input)}"; expected an id from content/glossary.yaml`,
  });
  const synonym = z
    .strictObject({
      /** Stable id. */
      id: slugId,
      kind: z.literal('synonym'),
      /** Everyday words and phrases people type. */
      words: z.array(typed).min(1),
      /** Glossary terms they mean: a search for the words also looks for every name of these. */
      glossary: z.array(glossaryId).default([]),
      /** The guidance's own words for them, searched as well. */
      means: z.array(text).default([]),
      /**
       * Where the mapping comes from: `glossary` when the glossary entries named define the
       * term in these words or plainly cover them; `everyday usage` for plain English.
       */
      basis: z.enum(['glossary', 'everyday usage']),
    })
    .superRefine((entry, ctx) => {
      if (entry.glossary.length === 0 && entry.means.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['means'], message: 'expected at least one glossary term or phrase the words mean' });
      }
      if (entry.basis === 'glossary' && entry.glossary.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['glossary'], message: 'basis "glossary" needs the glossary terms it comes from' });
      }
    });
  const task = z.strictObject({
    /** Stable id. */
    id: slugId,
    kind: z.literal('task'),
    /** The page that does it. */
    page: sitePath,
    /** That page's title, shown as the result. */
    title: text,
    /** One line under the title. */
    summary: text,
    /** Words and phrases that name the tool or what it does. */
    words: z.array(typed).min(1),
    /**
     * True for a page about putting the kit's tools on another site or app: a question naming
     * both it and a tool gets this page first (src/lib/search/query-plan.ts, namedTask).
     */
    hostsTools: z.boolean().optional(),
  });
  const pageKind = z.strictObject({
    /** Stable id. */
    id: slugId,
    kind: z.literal('page-kind'),
    /** The part of the site whose pages are of this kind, such as "/checklists/". */
    path: sitePath,
    /** Words that ask for a page of this kind ("checklist", "case study"). */
    words: z.array(typed).min(1),
  });
  return z.discriminatedUnion('kind', [synonym, task, pageKind]);
}

export type SearchTerm = z.infer<ReturnType<typeof searchTermSchema>>;
