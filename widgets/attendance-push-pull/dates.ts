/**
 * Review dates: what a person types, checked and kept as an ISO date (YYYY-MM-DD), and shown
 * back the British way. No DOM here.
 */

import { isoFromParts, isoPattern } from './iso-date.ts';

export { isIsoDate } from './iso-date.ts';

const britishPattern = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/**
 * Reads a typed review date: day/month/year (27/3/2027, 27-03-2027, 27.3.2027) or
 * YYYY-MM-DD. Empty text means no date. Anything else, or a date that does not exist
 * (31/2/2027), is refused.
 */
export function parseReviewDate(text: string): { ok: true; iso: string } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, iso: '' };
  const iso = isoPattern.exec(trimmed);
  if (iso) {
    const value = isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return value ? { ok: true, iso: value } : { ok: false };
  }
  const british = britishPattern.exec(trimmed);
  if (british) {
    const value = isoFromParts(Number(british[3]), Number(british[2]), Number(british[1]));
    return value ? { ok: true, iso: value } : { ok: false };
  }
  return { ok: false };
}

/** "15/1/2027", for the date field. */
export function dateForInput(iso: string): string {
  const match = isoPattern.exec(iso);
  return match ? `${Number(match[3])}/${Number(match[2])}/${match[1]}` : '';
}

const longFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "15 January 2027", for the summary and print. */
export function dateInWords(iso: string): string {
  const match = isoPattern.exec(iso);
  return match ? longFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))) : '';
}

/** Today's date, "27 November 2026", the same on every machine. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
