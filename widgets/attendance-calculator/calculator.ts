/**
 * Attendance arithmetic, with the official definitions from content/definitions.json:
 * attendance = sessions attended / possible sessions; a session is half a day; persistent
 * absence is missing 10% or more of possible sessions; severe absence is missing 50% or more.
 * No DOM here: vitest checks every boundary.
 */
import definitions from '../../content/definitions.json' with { type: 'json' };
import { calculatorLimits } from '../shared/limits.ts';

/** The calculator's state: what the person typed, kept as typed so nothing is lost. */
export interface CalculatorValue {
  mode: 'sessions' | 'percent';
  possible: string;
  attended: string;
  percent: string;
}

/** A calculator's value, each field within the limit its input has (shared/limits.ts); the checklist that embeds it checks the same. */
export function isCalculatorValue(data: unknown): data is CalculatorValue {
  if (typeof data !== 'object' || data === null) return false;
  const v = data as Record<string, unknown>;
  const field = (text: unknown) => typeof text === 'string' && text.length <= calculatorLimits.field;
  return (v.mode === 'sessions' || v.mode === 'percent') && field(v.possible) && field(v.attended) && field(v.percent);
}

export type AbsenceBand = 'none' | 'persistent' | 'severe';

export type CalculatorInput = { mode: 'sessions'; possible: string; attended: string } | { mode: 'percent'; percent: string };

export type CalculatorField = 'possible' | 'attended' | 'percent';

export type CalculatorError =
  | { field: CalculatorField; code: 'required' }
  | { field: CalculatorField; code: 'not-a-number' }
  | { field: 'possible' | 'attended'; code: 'not-whole' }
  | { field: CalculatorField; code: 'negative' }
  | { field: 'possible'; code: 'zero' }
  | { field: 'attended'; code: 'more-than-possible'; possible: number }
  | { field: 'percent'; code: 'over-100' };

export interface AttendanceFigures {
  /** Attendance as a percentage, 0 to 100. */
  attendancePercent: number;
  /** Absence as a percentage, 0 to 100. */
  missedPercent: number;
  /** Sessions missed; for a percentage, over a full school year. */
  sessionsMissed: number;
  /** School days missed (two sessions a day). */
  daysMissed: number;
  /** School weeks missed (five days a week). */
  weeksMissed: number;
  band: AbsenceBand;
  /** True when the figures are for a full school year worked out from a percentage. */
  overFullYear: boolean;
  /** The sessions the figures are based on. */
  possibleSessions: number;
}

export type CalculatorResult = { ok: true; figures: AttendanceFigures } | { ok: false; errors: CalculatorError[] };

export const officialDefinitions = definitions;

const decimal = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Reads a number typed by a person: spaces and thousands commas allowed, nothing else. */
function readNumber(raw: string, field: CalculatorField, errors: CalculatorError[]): number | undefined {
  const cleaned = raw
    .trim()
    .replace(/,(?=\d{3}\b)/g, '')
    .replace(/%$/, '')
    .trim();
  if (cleaned === '') {
    errors.push({ field, code: 'required' });
    return undefined;
  }
  if (!decimal.test(cleaned)) {
    errors.push({ field, code: 'not-a-number' });
    return undefined;
  }
  const value = Number(cleaned);
  if (!Number.isFinite(value)) {
    errors.push({ field, code: 'not-a-number' });
    return undefined;
  }
  if (value < 0) {
    errors.push({ field, code: 'negative' });
    return undefined;
  }
  return value;
}

function readSessions(raw: string, field: 'possible' | 'attended', errors: CalculatorError[]): number | undefined {
  const value = readNumber(raw, field, errors);
  if (value === undefined) return undefined;
  if (!Number.isInteger(value)) {
    errors.push({ field, code: 'not-whole' });
    return undefined;
  }
  return value;
}

/**
 * The band for a count of sessions. Compared in whole numbers (missed × 100 against
 * possible × threshold) so that exactly 10% missed is persistent absence, with no rounding.
 */
export function bandForSessions(missed: number, possible: number): AbsenceBand {
  if (missed * 100 >= possible * definitions.severeAbsenceMissedPercent) return 'severe';
  if (missed * 100 >= possible * definitions.persistentAbsenceMissedPercent) return 'persistent';
  return 'none';
}

/** The band for an attendance percentage: 90.0% or less is persistent, 50% or less severe. */
export function bandForPercent(attendancePercent: number): AbsenceBand {
  if (attendancePercent <= 100 - definitions.severeAbsenceMissedPercent) return 'severe';
  if (attendancePercent <= 100 - definitions.persistentAbsenceMissedPercent) return 'persistent';
  return 'none';
}

function figuresFromSessions(possible: number, attended: number): AttendanceFigures {
  const missed = possible - attended;
  const daysMissed = missed / definitions.sessionsPerDay;
  return {
    attendancePercent: (attended / possible) * 100,
    missedPercent: (missed / possible) * 100,
    sessionsMissed: missed,
    daysMissed,
    weeksMissed: daysMissed / definitions.schoolDaysPerWeek,
    band: bandForSessions(missed, possible),
    overFullYear: false,
    possibleSessions: possible,
  };
}

function figuresFromPercent(percent: number): AttendanceFigures {
  const missedPercent = 100 - percent;
  const sessionsMissed = (missedPercent / 100) * definitions.sessionsPerYear;
  const daysMissed = sessionsMissed / definitions.sessionsPerDay;
  return {
    attendancePercent: percent,
    missedPercent,
    sessionsMissed,
    daysMissed,
    weeksMissed: daysMissed / definitions.schoolDaysPerWeek,
    band: bandForPercent(percent),
    overFullYear: true,
    possibleSessions: definitions.sessionsPerYear,
  };
}

/** Works out attendance from what a person typed, or says what is wrong with it. */
export function calculateAttendance(input: CalculatorInput): CalculatorResult {
  const errors: CalculatorError[] = [];
  if (input.mode === 'percent') {
    const percent = readNumber(input.percent, 'percent', errors);
    if (percent !== undefined && percent > 100) errors.push({ field: 'percent', code: 'over-100' });
    if (errors.length > 0 || percent === undefined) return { ok: false, errors };
    return { ok: true, figures: figuresFromPercent(percent) };
  }
  const possible = readSessions(input.possible, 'possible', errors);
  const attended = readSessions(input.attended, 'attended', errors);
  if (possible === 0) errors.push({ field: 'possible', code: 'zero' });
  if (possible !== undefined && attended !== undefined && possible > 0 && attended > possible) {
    errors.push({ field: 'attended', code: 'more-than-possible', possible });
  }
  if (errors.length > 0 || possible === undefined || attended === undefined) return { ok: false, errors };
  return { ok: true, figures: figuresFromSessions(possible, attended) };
}

/**
 * Formats a percentage to one decimal place, adding places when rounding would land on a
 * band boundary the value is not actually on (90.04% must not read "90.0%", which is
 * persistent absence, when it is not).
 */
export function formatPercentValue(value: number): string {
  const boundaries = [100 - definitions.persistentAbsenceMissedPercent, 100 - definitions.severeAbsenceMissedPercent];
  for (let digits = 1; digits <= 4; digits += 1) {
    const rounded = Number(value.toFixed(digits));
    if (!boundaries.includes(rounded) || rounded === value) return value.toFixed(digits);
  }
  return value.toFixed(4);
}

export type WeeksPhrase = { kind: 'none' } | { kind: 'exactly' | 'nearly' | 'over'; weeks: number } | { kind: 'under-one' };

/** How to say a number of school weeks in words: "nearly 4", "just over 2", "exactly 1". */
export function describeWeeks(weeks: number): WeeksPhrase {
  if (weeks <= 0) return { kind: 'none' };
  const rounded = Math.round(weeks * 100) / 100;
  if (Number.isInteger(rounded)) return { kind: 'exactly', weeks: rounded };
  const whole = Math.floor(rounded);
  if (rounded - whole >= 0.5) return { kind: 'nearly', weeks: whole + 1 };
  if (whole === 0) return { kind: 'under-one' };
  return { kind: 'over', weeks: whole };
}
