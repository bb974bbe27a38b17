import { describe, expect, it } from 'vitest';
import { bandForPercent, bandForSessions, calculateAttendance, describeWeeks, formatPercentValue } from './calculator.ts';
import { attendanceSentence, errorText } from './describe.ts';

const sessions = (possible: string, attended: string) => calculateAttendance({ mode: 'sessions', possible, attended });
const percent = (value: string) => calculateAttendance({ mode: 'percent', percent: value });

function figures(result: ReturnType<typeof calculateAttendance>) {
  if (!result.ok) throw new Error(`expected figures, got errors ${JSON.stringify(result.errors)}`);
  return result.figures;
}

describe('attendance bands (official definitions)', () => {
  it('marks exactly 90.0% attendance as persistent absence', () => {
    expect(figures(sessions('380', '342')).band).toBe('persistent');
    expect(figures(percent('90.0')).band).toBe('persistent');
    expect(figures(percent('90')).band).toBe('persistent');
  });
  it('does not mark attendance just above 90% as persistent absence', () => {
    expect(figures(sessions('380', '343')).band).toBe('none');
    expect(figures(percent('90.01')).band).toBe('none');
  });
  it('marks exactly 50% missed as severe absence', () => {
    expect(figures(sessions('380', '190')).band).toBe('severe');
    expect(figures(percent('50')).band).toBe('severe');
  });
  it('marks just under 50% missed as persistent, not severe', () => {
    expect(figures(sessions('380', '191')).band).toBe('persistent');
    expect(figures(percent('50.1')).band).toBe('persistent');
  });
  it('compares sessions exactly, with no floating-point drift at the boundary', () => {
    // 10 of 100 and 1 of 10 are exactly 10%; 0.1 * 3 style rounding must not move them.
    expect(bandForSessions(10, 100)).toBe('persistent');
    expect(bandForSessions(1, 10)).toBe('persistent');
    expect(bandForSessions(33, 331)).toBe('none');
    expect(bandForPercent(100)).toBe('none');
    expect(bandForPercent(0)).toBe('severe');
  });
});

describe('days and weeks missed', () => {
  it('says 90% over a full year is 19 days, nearly four school weeks', () => {
    const f = figures(percent('90'));
    expect(f.daysMissed).toBeCloseTo(19, 10);
    expect(f.weeksMissed).toBeCloseTo(3.8, 10);
    expect(attendanceSentence(f)).toBe('Over a full school year, 90.0% attendance means missing 19 school days, nearly 4 school weeks.');
  });
  it('counts two sessions to a day and five days to a week', () => {
    const f = figures(sessions('200', '180'));
    expect(f.sessionsMissed).toBe(20);
    expect(f.daysMissed).toBe(10);
    expect(f.weeksMissed).toBe(2);
    expect(attendanceSentence(f)).toBe('Attending 180 of 200 sessions (90.0%) means missing 10 school days, exactly 2 school weeks.');
  });
  it('keeps half days', () => {
    expect(figures(sessions('10', '9')).daysMissed).toBe(0.5);
    expect(attendanceSentence(figures(sessions('10', '9')))).toContain('0.5 school days, less than a school week');
  });
  it('says when nothing was missed', () => {
    expect(attendanceSentence(figures(sessions('380', '380')))).toBe('The child has not missed any of these sessions.');
  });
  it('describes weeks in words', () => {
    expect(describeWeeks(0)).toEqual({ kind: 'none' });
    expect(describeWeeks(0.4)).toEqual({ kind: 'under-one' });
    expect(describeWeeks(1)).toEqual({ kind: 'exactly', weeks: 1 });
    expect(describeWeeks(2.2)).toEqual({ kind: 'over', weeks: 2 });
    expect(describeWeeks(3.8)).toEqual({ kind: 'nearly', weeks: 4 });
  });
  it('uses singular words for one day and one week', () => {
    expect(attendanceSentence(figures(sessions('20', '18')))).toBe('Attending 18 of 20 sessions (90.0%) means missing 1 school day, less than a school week.');
    expect(attendanceSentence(figures(sessions('100', '90')))).toContain('exactly 1 school week');
  });
});

describe('bad input gets a clear message, never NaN', () => {
  it('rejects 0 possible sessions', () => {
    const r = sessions('0', '0');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map(errorText)).toContain('Possible sessions must be at least 1');
  });
  it('rejects more sessions attended than possible', () => {
    const r = sessions('100', '101');
    expect(r).toEqual({ ok: false, errors: [{ field: 'attended', code: 'more-than-possible', possible: 100 }] });
    if (!r.ok) expect(errorText(r.errors[0]!)).toBe('Sessions attended cannot be more than possible sessions (100)');
  });
  it('rejects negatives', () => {
    const r = sessions('-5', '3');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map(errorText)).toContain('Possible sessions cannot be less than 0');
    expect(percent('-1').ok).toBe(false);
  });
  it('rejects words, blanks, fractions of a session and NaN-like text', () => {
    for (const bad of ['abc', 'NaN', 'Infinity', '1e3', '12abc', '0x10']) {
      const r = sessions(bad, '1');
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.errors[0]).toMatchObject({ field: 'possible', code: 'not-a-number' });
    }
    expect(sessions('', '')).toEqual({
      ok: false,
      errors: [
        { field: 'possible', code: 'required' },
        { field: 'attended', code: 'required' },
      ],
    });
    expect(sessions('10.5', '3')).toMatchObject({ ok: false, errors: [{ field: 'possible', code: 'not-whole' }] });
  });
  it('rejects a percentage over 100', () => {
    const r = percent('100.1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(errorText(r.errors[0]!)).toBe('Attendance cannot be more than 100%');
  });
  it('accepts what people type: spaces, a % sign and thousands commas', () => {
    expect(figures(percent(' 87.5% ')).attendancePercent).toBe(87.5);
    expect(figures(sessions('1,140', '1,000')).possibleSessions).toBe(1140);
  });
  it('never produces NaN for any of the inputs above', () => {
    for (const input of ['', ' ', 'abc', '-1', '0', '1', '100', '1e400']) {
      const r = percent(input);
      if (r.ok) for (const value of Object.values(r.figures)) if (typeof value === 'number') expect(Number.isNaN(value)).toBe(false);
    }
  });
});

describe('percentage display', () => {
  it('never rounds onto a band boundary the value is not on', () => {
    expect(formatPercentValue(90.04)).toBe('90.04');
    expect(formatPercentValue(89.96)).toBe('89.96');
    expect(formatPercentValue(90)).toBe('90.0');
    expect(formatPercentValue(87.456)).toBe('87.5');
  });
});
