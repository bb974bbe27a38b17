/**
 * Property-based tests for the official attendance maths (issue 10, item 2): for any whole
 * numbers of sessions, not just the hand-picked boundaries in calculator.unit.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandForPercent, bandForSessions, calculateAttendance, type AbsenceBand } from '../../../widgets/attendance-calculator/calculator.ts';
import definitions from '../../../content/definitions.json' with { type: 'json' };
import { countedAssert, trialCounter } from '../../helpers/trials.ts';

const assertAttendanceMaths = countedAssert(trialCounter('properties', 'Attendance maths: 0 to 100%, never NaN, monotonic bands, days from sessions'));

const rank: Record<AbsenceBand, number> = { none: 0, persistent: 1, severe: 2 };

/** possible ≥ 1 and 0 ≤ attended ≤ possible; up to ten years of sessions and beyond. */
const sessions = fc.integer({ min: 1, max: 1_000_000 }).chain((possible) => fc.record({ possible: fc.constant(possible), attended: fc.integer({ min: 0, max: possible }) }));

const figures = (possible: number, attended: number) => {
  const result = calculateAttendance({ mode: 'sessions', possible: String(possible), attended: String(attended) });
  if (!result.ok) throw new Error(`expected figures for ${attended}/${possible}: ${JSON.stringify(result.errors)}`);
  return result.figures;
};

describe('attendance maths properties', () => {
  it('keeps attendance and absence within 0..100 and never NaN, for any valid sessions', () => {
    assertAttendanceMaths(
      fc.property(sessions, ({ possible, attended }) => {
        const f = figures(possible, attended);
        for (const value of [f.attendancePercent, f.missedPercent, f.sessionsMissed, f.daysMissed, f.weeksMissed]) expect(Number.isNaN(value)).toBe(false);
        expect(f.attendancePercent).toBeGreaterThanOrEqual(0);
        expect(f.attendancePercent).toBeLessThanOrEqual(100);
        expect(f.missedPercent).toBeGreaterThanOrEqual(0);
        expect(f.missedPercent).toBeLessThanOrEqual(100);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the band monotonic: attending one more session never gives a worse band', () => {
    assertAttendanceMaths(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }).chain((possible) => fc.record({ possible: fc.constant(possible), attended: fc.integer({ min: 0, max: possible - 1 }) })),
        ({ possible, attended }) => {
          const worse = figures(possible, attended).band;
          const better = figures(possible, attended + 1).band;
          expect(rank[better]).toBeLessThanOrEqual(rank[worse]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps the band monotonic for any two attendance figures over the same possible sessions', () => {
    assertAttendanceMaths(
      fc.property(sessions, fc.nat(), ({ possible, attended }, extra) => {
        const more = Math.min(possible, attended + (extra % (possible + 1)));
        expect(rank[bandForSessions(possible - more, possible)]).toBeLessThanOrEqual(rank[bandForSessions(possible - attended, possible)]);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps bandForPercent monotonic over any two percentages', () => {
    assertAttendanceMaths(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank[bandForPercent(high)]).toBeLessThanOrEqual(rank[bandForPercent(low)]);
      }),
    );
  });

  it('agrees with bandForPercent whenever the attendance is an exact percentage', () => {
    // possible = 100k makes every whole-number percentage (and the thresholds themselves) exact.
    assertAttendanceMaths(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 100 }), (k, percent) => {
        const possible = 100 * k;
        const attended = percent * k;
        expect(bandForSessions(possible - attended, possible)).toBe(bandForPercent(percent));
      }),
      { numRuns: 2000 },
    );
    // The thresholds themselves, at many sizes of year.
    for (const missed of [definitions.persistentAbsenceMissedPercent, definitions.severeAbsenceMissedPercent]) {
      assertAttendanceMaths(
        fc.property(fc.integer({ min: 1, max: 10_000 }), (k) => {
          expect(bandForSessions(missed * k, 100 * k)).toBe(bandForPercent(100 - missed));
        }),
      );
    }
  });

  it('counts days missed as sessions missed / sessions per day (two), and weeks as days / five', () => {
    expect(definitions.sessionsPerDay).toBe(2);
    assertAttendanceMaths(
      fc.property(sessions, ({ possible, attended }) => {
        const f = figures(possible, attended);
        expect(f.sessionsMissed).toBe(possible - attended);
        expect(f.daysMissed).toBe((possible - attended) / 2);
        expect(f.weeksMissed).toBeCloseTo(f.daysMissed / definitions.schoolDaysPerWeek, 9);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any text typed into the fields, and says which field is wrong', () => {
    assertAttendanceMaths(
      fc.property(fc.string(), fc.string(), fc.string(), (possible, attended, percent) => {
        const a = calculateAttendance({ mode: 'sessions', possible, attended });
        const b = calculateAttendance({ mode: 'percent', percent });
        for (const result of [a, b]) {
          if (result.ok) {
            expect(Number.isFinite(result.figures.attendancePercent)).toBe(true);
            expect(result.figures.attendancePercent).toBeGreaterThanOrEqual(0);
            expect(result.figures.attendancePercent).toBeLessThanOrEqual(100);
          } else expect(result.errors.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
