import { z } from 'astro/zod';
import { partialDate, text } from './common.ts';

/**
 * A council's own document, cited by its local pages. Local pages never cite the five national
 * sources (content/sources.json): they retell the council's procedures, forms and agreements,
 * so they name those instead, with a way for a reader to find them.
 */
export const localCitationSchema = z
  .strictObject({
    /** The document's title, as the council gives it ("Children missing education procedure"). */
    title: text.max(200, 'keep a document title under 200 characters'),
    /** Who owns and updates it: a team or service of the council. */
    owner: text.max(120, 'keep the owner under 120 characters'),
    /** Its date or version date: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: partialDate,
    /** Where staff find it: an intranet or public address (http or https). */
    url: z.url({ protocol: /^https?$/, error: 'expected an http or https address' }).optional(),
    /** Where there is no address: a reference staff can quote, such as a document number. */
    reference: text.max(120, 'keep the reference under 120 characters').optional(),
    /** The part of the document the page retells. */
    section: text.max(200, 'keep the section under 200 characters').optional(),
  })
  .refine((citation) => citation.url !== undefined || citation.reference !== undefined, {
    message: 'give a url or a reference, so a reader can find the document',
    path: ['url'],
  });

export type LocalCitation = z.output<typeof localCitationSchema>;
