import { describe, expect, it } from 'vitest';
import { dateForInput, dateInWords, isIsoDate, parseReviewDate } from './dates.ts';

describe('review dates', () => {
  it('reads day/month/year the British way, and YYYY-MM-DD', () => {
    expect(parseReviewDate('27/3/2027')).toEqual({ ok: true, iso: '2027-03-27' });
    expect(parseReviewDate(' 05-01-2027 ')).toEqual({ ok: true, iso: '2027-01-05' });
    expect(parseReviewDate('5.1.2027')).toEqual({ ok: true, iso: '2027-01-05' });
    expect(parseReviewDate('2027-01-05')).toEqual({ ok: true, iso: '2027-01-05' });
  });

  it('treats an empty field as no date', () => {
    expect(parseReviewDate('  ')).toEqual({ ok: true, iso: '' });
  });

  it('refuses dates that do not exist, and text that is not a date', () => {
    for (const text of ['31/2/2027', '29/2/2027', '0/1/2027', '1/13/2027', '2027-02-30', '27/3/27', 'next week', '27/3/20277', '1/1/1999']) {
      expect(parseReviewDate(text), text).toEqual({ ok: false });
    }
    expect(parseReviewDate('29/2/2028')).toEqual({ ok: true, iso: '2028-02-29' });
  });

  it('checks saved ISO dates the same way', () => {
    expect(isIsoDate('2027-01-15')).toBe(true);
    expect(isIsoDate('2027-1-15')).toBe(false);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate(20270115)).toBe(false);
  });

  it('shows a date for the field and in words, the same on every machine', () => {
    expect(dateForInput('2027-01-05')).toBe('5/1/2027');
    expect(dateInWords('2027-01-05')).toBe('5 January 2027');
    expect(dateForInput('')).toBe('');
    expect(dateInWords('')).toBe('');
  });
});
