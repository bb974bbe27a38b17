/**
 * Impact: targets broken down term by term, the attendance recorded each term, progress
 * against target, and the geometry of the chart that shows it. No DOM here: the element
 * draws the shapes this module works out, and the tests check them.
 */
import { attendanceRate, breakdown, groupKey, summarise, type Dimension } from './analysis.ts';
import { terms, type BreakdownRules, type Pupil, type Recorded, type Target, type Term } from './model.ts';

/**
 * Records the loaded cohort's figures as those for `term`, for the whole cohort and every
 * group, replacing what that term held; other terms keep theirs. So re-importing a later
 * export for the spring term fills in spring and leaves autumn as it was.
 */
export function recordTerm(recorded: readonly Recorded[], term: Term, pupils: readonly Pupil[], dimensions: readonly Dimension[], rules: BreakdownRules): Recorded[] {
  const kept = recorded.filter((r) => r.term !== term);
  if (pupils.length === 0) return kept;
  const cohort = summarise(pupils);
  const fresh: Recorded[] = [{ term, about: 'cohort', figures: cohort }];
  for (const dimension of dimensions) {
    const { groups } = breakdown(pupils, dimension, cohort, rules);
    for (const group of groups) fresh.push({ term, about: groupKey(dimension.id, group.value), figures: group.figures });
  }
  return [...kept, ...fresh];
}

/** A percentage from 0 to 100 as typed ("90", "90.5", "90%"); undefined when empty or not one. */
export function readPercent(text: string): number | undefined {
  const cleaned = text.trim().replace(/%$/, '').trim();
  if (!/^\d{1,3}(\.\d+)?$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return value <= 100 ? value : undefined;
}

export interface TermProgress {
  term: Term;
  /** The target, when one is set and readable. */
  target?: number;
  /** True when something is typed as the target that is not a percentage. */
  targetInvalid: boolean;
  actual?: number;
  /** Where the actual figure came from: the cohort loaded for the term, or typed. */
  source?: 'cohort' | 'typed';
  /** Actual minus target, in percentage points. */
  difference?: number;
  met?: boolean;
  /** The target is below attendance already recorded in an earlier term: is it ambitious? */
  belowEarlier: boolean;
}

/** Progress against a target, term by term. Recorded cohort figures come before typed ones. */
export function progress(target: Target, recorded: readonly Recorded[]): TermProgress[] {
  let best: number | undefined;
  return terms.map((term) => {
    const typedTarget = target.target[term].trim();
    const goal = readPercent(typedTarget);
    const figures = recorded.find((r) => r.term === term && r.about === target.about)?.figures;
    const fromCohort = figures && figures.possible > 0 ? attendanceRate(figures) : undefined;
    const typed = readPercent(target.actual[term]);
    const actual = fromCohort ?? typed;
    const row: TermProgress = {
      term,
      target: goal,
      targetInvalid: typedTarget !== '' && goal === undefined,
      actual,
      source: fromCohort !== undefined ? 'cohort' : typed !== undefined ? 'typed' : undefined,
      belowEarlier: goal !== undefined && best !== undefined && goal < best,
    };
    if (goal !== undefined && actual !== undefined) {
      row.difference = actual - goal;
      row.met = actual >= goal;
    }
    if (actual !== undefined) best = Math.max(best ?? actual, actual);
    return row;
  });
}

export interface ChartPoint {
  term: Term;
  value: number;
  x: number;
  y: number;
}

export interface ChartModel {
  width: number;
  height: number;
  /** The plotting area. */
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { value: number; y: number }[];
  columns: { term: Term; x: number }[];
  target: ChartPoint[];
  actual: ChartPoint[];
  /** SVG path data joining the points of each series in term order, broken where a term has none. */
  targetPath: string;
  actualPath: string;
}

export const chartSize = { width: 480, height: 260, left: 48, right: 16, top: 16, bottom: 40 };

/**
 * Lays out the chart: terms across, attendance up. The scale runs to 100% and starts at the
 * ten below the lowest value (at most 80%, so small differences near the top are visible
 * without exaggerating them).
 */
export function chartModel(rows: readonly TermProgress[]): ChartModel {
  const { width, height } = chartSize;
  const plot = { left: chartSize.left, right: width - chartSize.right, top: chartSize.top, bottom: height - chartSize.bottom };
  const values = rows.flatMap((r) => [r.target, r.actual].filter((v): v is number => v !== undefined));
  const floor = Math.max(0, Math.min(80, Math.floor((Math.min(100, ...values) - 0.001) / 10) * 10));
  const y = (value: number) => plot.bottom - ((value - floor) / (100 - floor)) * (plot.bottom - plot.top);
  const step = (plot.right - plot.left) / terms.length;
  const columns = terms.map((term, i) => ({ term, x: plot.left + step * (i + 0.5) }));
  const ticks: { value: number; y: number }[] = [];
  for (let value = floor; value <= 100; value += 10) ticks.push({ value, y: y(value) });
  const series = (pick: (r: TermProgress) => number | undefined) =>
    rows.flatMap((row, i) => {
      const value = pick(row);
      return value === undefined ? [] : [{ term: row.term, value, x: columns[i]!.x, y: y(value) }];
    });
  const target = series((r) => r.target);
  const actual = series((r) => r.actual);
  return { width, height, plot, ticks, columns, target, actual, targetPath: pathOf(target), actualPath: pathOf(actual) };
}

const round = (n: number) => Math.round(n * 10) / 10;

function pathOf(points: readonly ChartPoint[]): string {
  let path = '';
  points.forEach((point, i) => {
    const joined = i > 0 && terms.indexOf(points[i - 1]!.term) === terms.indexOf(point.term) - 1;
    path += `${path ? ' ' : ''}${joined ? 'L' : 'M'}${round(point.x)} ${round(point.y)}`;
  });
  return path;
}
