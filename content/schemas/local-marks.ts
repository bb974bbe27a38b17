import type { z } from 'astro/zod';
import { localNameKeys, siteLocalNames, type AnyLocalNameKey } from './local-names.ts';

/**
 * The mark for wording a council names its own way, written as a link with the `local:` scheme
 * and a local-name key: `ask [your virtual school](local:virtualSchool) what it offers`. The
 * national edition shows the words as written; a council edition shows its own name instead.
 *
 * Guidance pages are Markdown and go through src/council/local-names.ts (a Markdown plugin);
 * text kept as data (case studies, key facts, the glossary, session plans) goes through
 * `withLocalMarks` below. Both use `localWording`, so the two read the same. Data the widgets
 * read (checklists, factors) uses `{virtualSchool}` placeholders instead, which widgets fill.
 */

export const localScheme = 'local:';

/** Every key a council can set and text can mark: the widgets' names, then the site's own. */
export const allLocalNameKeys = [...localNameKeys, ...Object.keys(siteLocalNames)] as AnyLocalNameKey[];

/** A council's own names, by key; a key left out keeps the words as written. */
export type CouncilNames = Partial<Record<AnyLocalNameKey, string>>;

export function isLocalNameKey(key: string): key is AnyLocalNameKey {
  return (allLocalNameKeys as string[]).includes(key);
}

/** What an unknown key's error says is allowed. */
export const expectedLocalMarks = allLocalNameKeys.map((key) => localScheme + key).join(', ');

/** The words to show for one mark: the council's name, or the words as written. */
export function localWording(written: string, councilName: string | undefined): string {
  if (councilName === undefined) return written;
  const capital = /^\p{Lu}/u.test(written);
  return capital ? councilName.charAt(0).toUpperCase() + councilName.slice(1) : councilName;
}

const mark = /\[([^\]\n]+)\]\(local:([^)\s]*)\)/g;

/** The keys of the marks in a text that name no local name, as written ("local:schoolNurse"). */
export function unknownLocalMarks(text: string): string[] {
  return [...text.matchAll(mark)].filter((m) => !isLocalNameKey(m[2]!)).map((m) => localScheme + m[2]);
}

/** The text with each mark replaced by its wording (an unknown key is left as written, for the check to report). */
export function fillLocalMarks(text: string, names: CouncilNames = {}): string {
  return text.replace(mark, (whole, written: string, key: string) => (isLocalNameKey(key) ? localWording(written, names[key]) : whole));
}

type Path = (string | number)[];

/** Every string in a parsed entry, with its path; dates and other objects are left alone. */
function* stringsIn(value: unknown, path: Path = []): Generator<[string, Path]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
  }
}

function fillAll<T>(value: T, names: CouncilNames): T {
  if (typeof value === 'string') return fillLocalMarks(value, names) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => fillAll(item, names)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillAll(item, names)])) as T;
  }
  return value;
}

/**
 * A collection's schema whose text may carry local-name marks: an unknown key stops the build
 * naming the field; each mark becomes the council's name (`names`) or the words as written.
 */
export function withLocalMarks<T extends z.ZodType>(schema: T, names: CouncilNames = {}) {
  return schema
    .superRefine((entry, ctx) => {
      for (const [text, path] of stringsIn(entry)) {
        for (const unknown of unknownLocalMarks(text)) {
          ctx.addIssue({ code: 'custom', path, message: `unknown local name "${unknown}"; expected one of: ${expectedLocalMarks}` });
        }
      }
    })
    .transform((entry) => fillAll(entry, names));
}
