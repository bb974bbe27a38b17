import { z } from 'astro/zod';
import { partialDate, slugId, text } from './common.ts';

/**
 * One of the documents the site publishes (content/sources.json). Every citation on every
 * page and in every widget names one of these by `id` and one of its `sections`.
 */
export const sourceSchema = z.strictObject({
  /** Stable id that citations use. */
  id: slugId,
  /** File name of the extracted text in ../shared/sources, for checking pages against it. */
  file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'expected the source file name, such as 001_346220b7af18b1c1.txt'),
  /** Title exactly as the document gives it. */
  title: text,
  /** The larger publication it belongs to, where it is one part of a set. */
  partOf: text.optional(),
  publisher: text,
  /** The publisher as a page's "From:" line names it, in a few words ("Department for Education"). */
  from: text,
  /** Date of the document as precisely as it gives it; "undated" when it gives none. */
  date: z.union([partialDate, z.literal('undated')]),
  /** The date as a reader should see it. */
  dateLabel: text,
  licence: text,
  /** Where the document is published, where known. */
  url: z.url().optional(),
  /** national: applies across England; local: one council's document; dated: superseded in part. */
  scope: z.enum(['national', 'local', 'dated']),
  /**
   * What kind of document it is, which every page citing it tells its reader. statutory:
   * statutory guidance, which the bodies it names must have regard to ("must" is a legal duty,
   * "should" what it expects unless there is a good reason not to); non-statutory: national
   * guidance that advises; council: one council's guide or summary, advice for its own area.
   */
  kind: z.enum(['statutory', 'non-statutory', 'council']),
  /** What a reader should know about the document's age or reach. */
  note: text.optional(),
  /** Section headings as they appear in the document, in order. */
  sections: z.array(text).min(1, 'list at least one section heading'),
});

export type Source = z.infer<typeof sourceSchema>;
