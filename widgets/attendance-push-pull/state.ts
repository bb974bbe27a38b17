/**
 * The push and pull map's saved work: its shape, the check applied to anything read back
 * (storage, imports, the example, a value set by script), and what the map shows of it at once
 * (its lanes and balance); the changes a person makes are in edits.ts. No DOM here.
 *
 * A placed factor keeps its own label, copied when it was added, so a child's plan reads
 * the same later even if the library is reworded; the library still supplies its question,
 * examples and sources by id.
 */
import { pushPullLimits as limits } from '../shared/limits.ts';
import { isIsoDate } from './iso-date.ts';
import { isLane, isSetting, lanes, type Lane, type Setting } from './library.ts';
import { isPlainObject } from '../shared/json.ts';

/** The saved-data format this release writes; a later one migrates from it in `migrateValue`. */
export const pushPullFormatVersion = 1;

export interface PlacedFactor {
  /** A library factor's id, or "own-N" for a factor the person named. Unique in the map. */
  id: string;
  from: 'library' | 'own';
  label: string;
  lane: Lane;
  /** 1 (slight) to 5 (strong). */
  strength: number;
  setting: Setting;
  /** What the child says about it, in their own words. */
  words: string;
}

export interface Adjustment {
  /** "adj-N", unique in the map. */
  id: string;
  /** What was agreed. */
  text: string;
  /** The id of the placed factor it is for, or "" for none. */
  factor: string;
  /** Who will do it. */
  owner: string;
  /** When it will be reviewed (YYYY-MM-DD), or "". */
  reviewDate: string;
}

export interface PushPullValue {
  /** In the order the person arranged them; each lane shows its own in this order. */
  factors: PlacedFactor[];
  adjustments: Adjustment[];
}

export const strengths = [1, 2, 3, 4, 5] as const;
export const defaultStrength = 3;

export function emptyValue(): PushPullValue {
  return { factors: [], adjustments: [] };
}

// The same pattern as ids in content and settings (idPattern in ../shared/config.ts), written
// out here so that checking saved work does not bring the settings code into the widget.
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= limits.id && idPattern.test(value);
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

type Check<T> = { ok: true; value: T } | { ok: false; reason: string };

function checkFactor(raw: unknown, where: string): Check<PlacedFactor> {
  if (!isPlainObject(raw)) return { ok: false, reason: `${where} is not an object` };
  if (!isId(raw.id)) return { ok: false, reason: `${where} has no valid id` };
  if (raw.from !== 'library' && raw.from !== 'own') return { ok: false, reason: `${where} does not say whether it is from the library or your own` };
  if (!isText(raw.label, limits.label) || raw.label.trim() === '') return { ok: false, reason: `${where} has no name of at most ${limits.label} characters` };
  if (!isLane(raw.lane)) return { ok: false, reason: `${where} has no valid lane` };
  if (typeof raw.strength !== 'number' || !(strengths as readonly number[]).includes(raw.strength)) return { ok: false, reason: `${where} has a strength that is not 1 to 5` };
  if (!isSetting(raw.setting)) return { ok: false, reason: `${where} is not marked in school or out of school` };
  if (!isText(raw.words, limits.words)) return { ok: false, reason: `${where} has the child's words missing or longer than ${limits.words} characters` };
  return { ok: true, value: { id: raw.id, from: raw.from, label: raw.label, lane: raw.lane, strength: raw.strength, setting: raw.setting, words: raw.words } };
}

function checkAdjustment(raw: unknown, where: string, factorIds: Set<string>): Check<Adjustment> {
  if (!isPlainObject(raw)) return { ok: false, reason: `${where} is not an object` };
  if (!isId(raw.id)) return { ok: false, reason: `${where} has no valid id` };
  if (!isText(raw.text, limits.text)) return { ok: false, reason: `${where} has its text missing or longer than ${limits.text} characters` };
  if (raw.factor !== '' && !(typeof raw.factor === 'string' && factorIds.has(raw.factor))) return { ok: false, reason: `${where} is for a factor that is not on the map` };
  if (!isText(raw.owner, limits.owner)) return { ok: false, reason: `${where} has its owner missing or longer than ${limits.owner} characters` };
  if (raw.reviewDate !== '' && !isIsoDate(raw.reviewDate)) return { ok: false, reason: `${where} has a review date that is not a real date` };
  return { ok: true, value: { id: raw.id, text: raw.text, factor: raw.factor as string, owner: raw.owner, reviewDate: raw.reviewDate as string } };
}

/**
 * Checks data from outside and returns a clean copy: only known fields, ids that are ids
 * and unique, bounded sizes, real dates. The reason names what was wrong.
 */
export function checkValue(data: unknown): Check<PushPullValue> {
  if (!isPlainObject(data)) return { ok: false, reason: 'it is not an object' };
  if (!Array.isArray(data.factors)) return { ok: false, reason: 'it has no list of factors' };
  if (!Array.isArray(data.adjustments)) return { ok: false, reason: 'it has no list of adjustments' };
  if (data.factors.length > limits.factors) return { ok: false, reason: `it has more than ${limits.factors} factors` };
  if (data.adjustments.length > limits.adjustments) return { ok: false, reason: `it has more than ${limits.adjustments} adjustments` };
  const factors: PlacedFactor[] = [];
  const factorIds = new Set<string>();
  for (const [index, raw] of data.factors.entries()) {
    const checked = checkFactor(raw, `factor ${index + 1}`);
    if (!checked.ok) return checked;
    if (factorIds.has(checked.value.id)) return { ok: false, reason: `factor ${index + 1} repeats the id "${checked.value.id}"` };
    factorIds.add(checked.value.id);
    factors.push(checked.value);
  }
  const adjustments: Adjustment[] = [];
  const adjustmentIds = new Set<string>();
  for (const [index, raw] of data.adjustments.entries()) {
    const checked = checkAdjustment(raw, `adjustment ${index + 1}`, factorIds);
    if (!checked.ok) return checked;
    if (adjustmentIds.has(checked.value.id)) return { ok: false, reason: `adjustment ${index + 1} repeats the id "${checked.value.id}"` };
    adjustmentIds.add(checked.value.id);
    adjustments.push(checked.value);
  }
  return { ok: true, value: { factors, adjustments } };
}

export function isPushPullValue(data: unknown): data is PushPullValue {
  return checkValue(data).ok;
}

/**
 * Turns work saved in an older format into this one. Format 1 is the first, so there is
 * nothing older yet. Returning undefined makes storage say the saved work could not be
 * read, and leave it untouched.
 */
export function migrateValue(_data: unknown, _fromVersion: number): PushPullValue | undefined {
  return undefined;
}

/** The factors in one lane, in the person's order. */
export function laneFactors(value: PushPullValue, lane: Lane): PlacedFactor[] {
  return value.factors.filter((f) => f.lane === lane);
}

export interface Balance {
  /** Total strength pushing or pulling the child away (push and pull lanes). */
  away: number;
  /** Total strength drawing the child back. */
  back: number;
  awayCount: number;
  backCount: number;
  byLane: Record<Lane, { count: number; total: number }>;
}

export function balance(value: PushPullValue): Balance {
  const byLane = Object.fromEntries(lanes.map((lane) => [lane, { count: 0, total: 0 }])) as Balance['byLane'];
  for (const f of value.factors) {
    byLane[f.lane].count += 1;
    byLane[f.lane].total += f.strength;
  }
  return {
    away: byLane.push.total + byLane.pull.total,
    back: byLane['pull-back'].total,
    awayCount: byLane.push.count + byLane.pull.count,
    backCount: byLane['pull-back'].count,
    byLane,
  };
}
