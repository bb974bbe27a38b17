/**
 * ISO dates (YYYY-MM-DD) for review dates: the check saved work must pass. Apart from
 * dates.ts, which reads and shows dates, so that checking saved work stays small. No DOM here.
 */

export const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years a review date may fall in: wide enough for any plan, narrow enough to catch a typo like 20277. */
export const reviewYears = { min: 2000, max: 2099 };

export function isoFromParts(year: number, month: number, day: number): string | undefined {
  if (year < reviewYears.min || year > reviewYears.max || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date rolls 31/2 over into March; a real date comes back as it went in.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar date written YYYY-MM-DD, within the review years. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = isoPattern.exec(value);
  return !!match && isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}
