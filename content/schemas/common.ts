import { z } from 'astro/zod';
import taxonomy from '../taxonomy.json' with { type: 'json' };

/** Audience ids, from content/taxonomy.json. */
export const audienceIds = taxonomy.audiences.map((a) => a.id) as [string, ...string[]];
/** Topic ids, from content/taxonomy.json. */
export const topicIds = taxonomy.topics.map((t) => t.id) as [string, ...string[]];

/** A stable id: lower case words joined by hyphens, so saved work and links survive rewording. */
export const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case id of letters, digits and hyphens, such as "seven-questions"');

/**
 * A calendar date written as YYYY, YYYY-MM or YYYY-MM-DD. YAML turns an unquoted
 * 2026-03-18 into a Date, so a Date is accepted and written back as text.
 */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** A full calendar date (YYYY-MM-DD), for "last reviewed". */
export const fullDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a full date written as YYYY-MM-DD'),
);

/** Plain text for a person to read: at least one word, no leading or trailing space. */
export const text = z.string().trim().min(1, 'expected some text, found an empty string');
