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
  /** Date of the document as precisely as it gives it; "undated" when it gives none. */
  date: z.union([partialDate, z.literal('undated')]),
  /** The date as a reader should see it. */
  dateLabel: text,
  licence: text,
  /** Where the document is published, where known. */
  url: z.url().optional(),
  /** national: applies across England; local: one council's document; dated: superseded in part. */
  scope: z.enum(['national', 'local', 'dated']),
  /** True for statutory guidance that schools, trusts and councils must have regard to. */
  statutory: z.boolean().default(false),
  /** What a reader should know about the document's age or reach. */
  note: text.optional(),
  /** Section headings as they appear in the document, in order. */
  sections: z.array(text).min(1, 'list at least one section heading'),
});

export type Source = z.infer<typeof sourceSchema>;
