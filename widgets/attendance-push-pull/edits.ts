/**
 * Every change a person can make to a push and pull map, as functions that return a new value,
 * and the order the summary lists factors in. Used by the editor and the exports, which load
 * after the widget's first paint (state.ts holds what the first paint needs). No DOM here.
 */
import { pushPullLimits as limits } from '../shared/limits.ts';
import type { Lane } from './library.ts';
import { defaultStrength, laneFactors, type Adjustment, type PlacedFactor, type PushPullValue } from './state.ts';

/** The next free id with this prefix: "own-3" after "own-1" and "own-2", never reusing a number in the map. */
export function nextId(prefix: string, ids: readonly string[]): string {
  let highest = 0;
  for (const id of ids) {
    const match = new RegExp(`^${prefix}-(\\d{1,9})$`).exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}-${highest + 1}`;
}

export function findPlaced(value: PushPullValue, id: string): PlacedFactor | undefined {
  return value.factors.find((f) => f.id === id);
}

/** Where a factor sits in its lane: 1-based position and how many share the lane. */
export function positionOf(value: PushPullValue, id: string): { lane: Lane; position: number; count: number } | undefined {
  const factor = findPlaced(value, id);
  if (!factor) return undefined;
  const lane = laneFactors(value, factor.lane);
  return { lane: factor.lane, position: lane.indexOf(factor) + 1, count: lane.length };
}

/** Adds a factor at the end of its lane; an id already on the map changes nothing. */
export function addFactor(value: PushPullValue, factor: Omit<PlacedFactor, 'strength' | 'words'> & Partial<Pick<PlacedFactor, 'strength' | 'words'>>): PushPullValue {
  if (findPlaced(value, factor.id) || value.factors.length >= limits.factors) return value;
  return { ...value, factors: [...value.factors, { strength: defaultStrength, words: '', ...factor }] };
}

/** A new value with one factor changed (strength, setting, the child's words). */
export function updateFactor(value: PushPullValue, id: string, change: Partial<Pick<PlacedFactor, 'strength' | 'setting' | 'words'>>): PushPullValue {
  return { ...value, factors: value.factors.map((f) => (f.id === id ? { ...f, ...change } : f)) };
}

/** Moves a factor to the end of another lane. */
export function moveToLane(value: PushPullValue, id: string, lane: Lane): PushPullValue {
  const factor = findPlaced(value, id);
  if (!factor || factor.lane === lane) return value;
  return { ...value, factors: [...value.factors.filter((f) => f !== factor), { ...factor, lane }] };
}

/** Swaps a factor with its neighbour in the same lane: -1 moves it up, +1 down. At either end, nothing changes. */
export function reorder(value: PushPullValue, id: string, direction: -1 | 1): PushPullValue {
  const factor = findPlaced(value, id);
  if (!factor) return value;
  const lane = laneFactors(value, factor.lane);
  const neighbour = lane[lane.indexOf(factor) + direction];
  if (!neighbour) return value;
  const factors = [...value.factors];
  const a = factors.indexOf(factor);
  const b = factors.indexOf(neighbour);
  factors[a] = neighbour;
  factors[b] = factor;
  return { ...value, factors };
}

/** Removes a factor. Adjustments agreed for it are kept, no longer tied to a factor. */
export function removeFactor(value: PushPullValue, id: string): PushPullValue {
  return {
    factors: value.factors.filter((f) => f.id !== id),
    adjustments: value.adjustments.map((a) => (a.factor === id ? { ...a, factor: '' } : a)),
  };
}

/** Adds an adjustment at the end; returns its id too, so the widget can focus it. */
export function addAdjustment(value: PushPullValue, fields: Partial<Omit<Adjustment, 'id'>> = {}): { value: PushPullValue; id: string } {
  const id = nextId(
    'adj',
    value.adjustments.map((a) => a.id),
  );
  if (value.adjustments.length >= limits.adjustments) return { value, id: '' };
  const adjustment: Adjustment = { id, text: '', factor: '', owner: '', reviewDate: '', ...fields };
  return { value: { ...value, adjustments: [...value.adjustments, adjustment] }, id };
}

export function updateAdjustment(value: PushPullValue, id: string, change: Partial<Omit<Adjustment, 'id'>>): PushPullValue {
  return { ...value, adjustments: value.adjustments.map((a) => (a.id === id ? { ...a, ...change } : a)) };
}

export function removeAdjustment(value: PushPullValue, id: string): PushPullValue {
  return { ...value, adjustments: value.adjustments.filter((a) => a.id !== id) };
}

/**
 * The factors of a lane strongest first, keeping the person's order among equals: the
 * order the summary for the plan lists them in.
 */
export function byStrength(factors: readonly PlacedFactor[]): PlacedFactor[] {
  return factors
    .map((f, i) => [f, i] as const)
    .sort((a, b) => b[0].strength - a[0].strength || a[1] - b[1])
    .map(([f]) => f);
}
