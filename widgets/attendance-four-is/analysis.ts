/**
 * The cohort's figures: attendance, persistent and severe absence for the whole cohort and
 * for every group, the gap between each group and the whole cohort, which gaps count as a
 * distinct difference, which groups are too small to publish, and the pupils ranked from the
 * lowest attending. Bands come from the calculator (the official definitions), never from
 * thresholds written here. One pass over the pupils per breakdown; no DOM.
 */
import { bandForSessions } from '../attendance-calculator/calculator.ts';
import type { BreakdownRules, Figures, Pupil } from './model.ts';

export type { BreakdownRules, Figures };

export const emptyFigures = (): Figures => ({ pupils: 0, possible: 0, attended: 0, persistent: 0, severe: 0 });

export function addPupil(figures: Figures, pupil: Pupil): void {
  figures.pupils += 1;
  figures.possible += pupil.possible;
  figures.attended += pupil.attended;
  const band = bandForSessions(pupil.possible - pupil.attended, pupil.possible);
  if (band !== 'none') figures.persistent += 1;
  if (band === 'severe') figures.severe += 1;
}

export function summarise(pupils: readonly Pupil[]): Figures {
  const figures = emptyFigures();
  for (const pupil of pupils) addPupil(figures, pupil);
  return figures;
}

/** Attendance of a group: all sessions attended over all possible sessions (so a pupil's weight is their sessions). */
export const attendanceRate = (f: Figures): number => (f.possible > 0 ? (f.attended / f.possible) * 100 : NaN);
export const persistentRate = (f: Figures): number => (f.pupils > 0 ? (f.persistent / f.pupils) * 100 : NaN);
export const severeRate = (f: Figures): number => (f.pupils > 0 ? (f.severe / f.pupils) * 100 : NaN);
export const pupilRate = (p: Pupil): number => (p.attended / p.possible) * 100;

/**
 * Pupils from the lowest attendance up; among equal attendance, more sessions missed first,
 * then by reference. Attendance is compared by cross-multiplying whole numbers, so pupils on
 * the same rate tie exactly.
 */
export function rankLowest(pupils: readonly Pupil[]): Pupil[] {
  return [...pupils].sort(
    (a, b) => a.attended * b.possible - b.attended * a.possible || b.possible - b.attended - (a.possible - a.attended) || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0),
  );
}

/** Something to break the cohort down by: a field every pupil has, or one of the cohort's characteristics. */
export interface Dimension {
  id: string;
  label: string;
  valueOf: (pupil: Pupil) => string;
  /** Values in the order to show them; others follow alphabetically, "not recorded" (empty) last. */
  order?: readonly string[];
}

export interface GroupFigures {
  /** The value shared by the group ("" for not recorded). */
  value: string;
  figures: Figures;
  /** Group attendance minus the whole cohort's, in percentage points (negative is lower). */
  attendanceGap: number;
  /** Group persistent absence rate minus the whole cohort's, in percentage points (positive is more absence). */
  persistentGap: number;
  /** Fewer pupils than the small-group threshold. */
  small: boolean;
  /** A distinct difference by the rule in BreakdownRules; never set on a small group, which is too small to judge. */
  distinct: boolean;
}

export interface Breakdown {
  dimension: Dimension;
  groups: GroupFigures[];
  /** More distinct values than can be shown as groups (a column of near-unique values). */
  tooMany: boolean;
}

/** Above this many groups a breakdown says so instead of listing them: they would not be groups. */
export const maxGroups = 200;

// Floating-point division can land a hair either side of a whole number of points.
const tolerance = 1e-9;

export function compareGroup(figures: Figures, cohort: Figures, rules: BreakdownRules): Omit<GroupFigures, 'value' | 'figures'> {
  const attendanceGap = attendanceRate(figures) - attendanceRate(cohort);
  const persistentGap = persistentRate(figures) - persistentRate(cohort);
  const small = figures.pupils < rules.smallGroup;
  const distinct = !small && (attendanceGap <= -rules.attendancePoints + tolerance || persistentGap >= rules.persistentPoints - tolerance);
  return { attendanceGap, persistentGap, small, distinct };
}

export function breakdown(pupils: readonly Pupil[], dimension: Dimension, cohort: Figures, rules: BreakdownRules): Breakdown {
  const byValue = new Map<string, Figures>();
  for (const pupil of pupils) {
    const value = dimension.valueOf(pupil);
    let figures = byValue.get(value);
    if (!figures) {
      if (byValue.size >= maxGroups) return { dimension, groups: [], tooMany: true };
      figures = emptyFigures();
      byValue.set(value, figures);
    }
    addPupil(figures, pupil);
  }
  const order = dimension.order ?? [];
  const rank = (value: string) => {
    const at = order.indexOf(value);
    return at === -1 ? (value === '' ? Number.MAX_SAFE_INTEGER : order.length) : at;
  };
  const groups = [...byValue.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'en-GB', { numeric: true }))
    .map(([value, figures]) => ({ value, figures, ...compareGroup(figures, cohort, rules) }));
  return { dimension, groups, tooMany: false };
}

/** The key of a group, as targets, notes and actions refer to it: "status=lac". */
export const groupKey = (dimensionId: string, value: string) => `${dimensionId}=${value}`;

/** The pupils in a group, by its key; every pupil for "cohort". */
export function pupilsIn(pupils: readonly Pupil[], dimensions: readonly Dimension[], scope: string): Pupil[] {
  if (scope === 'cohort') return [...pupils];
  const at = scope.indexOf('=');
  const dimension = dimensions.find((d) => d.id === scope.slice(0, at));
  if (at === -1 || !dimension) return [];
  const value = scope.slice(at + 1);
  return pupils.filter((p) => dimension.valueOf(p) === value);
}
