/**
 * The checklist's saved work: its shape, the check applied to anything read back (storage,
 * imports, a value set by script), and the progress count. No DOM here.
 *
 * Work is keyed by item id, never by position or wording, so:
 * - rewording an item in content/ keeps the work saved against it;
 * - work for an id the checklist no longer shows (removed, or hidden by the council) is
 *   kept in the value, exported, and comes back if the item does.
 */
import type { CalculatorValue } from '../attendance-calculator/attendance-calculator.ts';
import { idPattern, isPlainObject } from '../shared/json.ts';
import { checklistLimits as limits } from '../shared/limits.ts';
import type { ChecklistView, ViewEntry, ViewStatus } from './model.ts';
import { viewEntries } from './model.ts';

/** The saved-data format this release writes; a later one migrates from it in `migrateValue`. */
export const checklistFormatVersion = 1;

/** What the embedded calculator holds, and the sentence it gives, for whoever reads the value. */
export interface AttendanceRecord {
  /** The calculator's own value. */
  value: CalculatorValue;
  /** The calculator's sentence in days; empty until the figures are complete. */
  sentence: string;
}

export interface ItemState {
  /** A status id of the checklist. */
  status: string;
  note: string;
  /** Only on an item that embeds the calculator. */
  attendance?: AttendanceRecord;
}

export interface ChecklistValue {
  /** The checklist the work belongs to. */
  checklist: string;
  /** Work by item id. An item with no entry has the starting status and no note. */
  items: Record<string, ItemState>;
}

/**
 * The calculator's maths, as the checklist uses it (calculator-maths.ts). The widget loads it
 * with the calculator, only when a checklist needs it, so the functions here take it as an
 * argument; without it, sentences are left empty until it has loaded.
 */
export interface AttendanceMaths {
  /** The absence band's name and the sentence in days for these figures; undefined until they are complete. */
  describe(value: CalculatorValue): { band: string; sentence: string } | undefined;
}

export function emptyValue(checklist: string): ChecklistValue {
  return { checklist, items: {} };
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= limits.id && idPattern.test(value);

function checkCalculator(data: unknown): CalculatorValue | undefined {
  if (!isPlainObject(data)) return undefined;
  const { mode, possible, attended, percent } = data;
  const field = (v: unknown): v is string => typeof v === 'string' && v.length <= limits.calculatorField;
  if ((mode !== 'sessions' && mode !== 'percent') || !field(possible) || !field(attended) || !field(percent)) return undefined;
  return { mode, possible, attended, percent };
}

/** The calculator's value with the sentence it gives now (never a sentence read from outside). */
export function attendanceRecord(value: CalculatorValue, maths: AttendanceMaths | undefined): AttendanceRecord {
  return { value, sentence: maths?.describe(value)?.sentence ?? '' };
}

/**
 * Checks data from outside and returns a clean copy: only known fields, ids that are ids,
 * sizes within the limits the fields and imports share (../shared/limits.ts), and calculator
 * sentences worked out afresh with `maths` (left empty without it). The reason names what was
 * wrong.
 */
export function checkValue(data: unknown, maths?: AttendanceMaths): { ok: true; value: ChecklistValue } | { ok: false; reason: string } {
  if (!isPlainObject(data)) return { ok: false, reason: 'it is not an object' };
  if (!isId(data.checklist)) return { ok: false, reason: 'it does not say which checklist it belongs to' };
  if (!isPlainObject(data.items)) return { ok: false, reason: 'it has no list of items' };
  const entries = Object.entries(data.items);
  if (entries.length > limits.items) return { ok: false, reason: `it has more than ${limits.items} items` };
  const items: Record<string, ItemState> = {};
  for (const [id, raw] of entries) {
    if (!isId(id)) return { ok: false, reason: `"${String(id).slice(0, 40)}" is not an item id` };
    if (!isPlainObject(raw)) return { ok: false, reason: `item "${id}" is not an object` };
    if (!isId(raw.status)) return { ok: false, reason: `item "${id}" has no valid status` };
    if (typeof raw.note !== 'string') return { ok: false, reason: `item "${id}" has no note text` };
    if (raw.note.length > limits.note) return { ok: false, reason: `the note on item "${id}" is longer than ${limits.note} characters` };
    const state: ItemState = { status: raw.status, note: raw.note };
    if (raw.attendance !== undefined) {
      const calculator = isPlainObject(raw.attendance) ? checkCalculator(raw.attendance.value) : undefined;
      if (!calculator) return { ok: false, reason: `item "${id}" has attendance figures in the wrong form` };
      state.attendance = attendanceRecord(calculator, maths);
    }
    items[id] = state;
  }
  return { ok: true, value: { checklist: data.checklist, items } };
}

/** True when the work holds the calculator's figures, which need its maths to be described. */
export function holdsAttendance(value: ChecklistValue): boolean {
  return Object.values(value.items).some((state) => state.attendance !== undefined);
}

/** The work with every calculator sentence worked out afresh. */
export function withSentences(value: ChecklistValue, maths: AttendanceMaths): ChecklistValue {
  const items = Object.fromEntries(
    Object.entries(value.items).map(([id, state]) => [id, state.attendance ? { ...state, attendance: attendanceRecord(state.attendance.value, maths) } : state]),
  );
  return { ...value, items };
}

export function isChecklistValue(data: unknown): data is ChecklistValue {
  return checkValue(data).ok;
}

/**
 * Turns work saved in an older format into this one. Format 1 is the first, so there is
 * nothing older yet; a format 2 would convert `fromVersion === 1` data here. Returning
 * undefined makes storage say the saved work could not be read, and leave it untouched.
 */
export function migrateValue(_data: unknown, _fromVersion: number): ChecklistValue | undefined {
  return undefined;
}

/** An own entry only: an id such as "constructor" must not find Object.prototype's. */
function stored(value: ChecklistValue, id: string): ItemState | undefined {
  return Object.prototype.hasOwnProperty.call(value.items, id) ? value.items[id] : undefined;
}

/** The work on one entry as the widget shows it; an unknown status reads as the starting one. */
export function entryState(view: ChecklistView, value: ChecklistValue, id: string): { status: ViewStatus; note: string; attendance?: AttendanceRecord } {
  const saved = stored(value, id);
  const status = view.statuses.find((s) => s.id === saved?.status) ?? view.initialStatus;
  return { status, note: saved?.note ?? '', attendance: saved?.attendance };
}

/** A new value with one entry changed; everything else, including unknown ids, is kept. */
export function updateEntry(view: ChecklistView, value: ChecklistValue, id: string, change: Partial<ItemState>): ChecklistValue {
  const before = stored(value, id) ?? { status: view.initialStatus.id, note: '' };
  const items = { ...value.items };
  // defineProperty, not assignment: whatever the id, it becomes an own key and never reaches the prototype.
  Object.defineProperty(items, id, { value: { ...before, ...change }, enumerable: true, writable: true, configurable: true });
  return { ...value, items };
}

export interface Progress {
  /** Entries shown (items and sub-items). */
  total: number;
  /** Entries with a status of kind `done` or `concern`: a concern is an answer too. */
  done: number;
  concerns: number;
}

export function progress(view: ChecklistView, value: ChecklistValue): Progress {
  let done = 0;
  let concerns = 0;
  const entries = viewEntries(view);
  for (const entry of entries) {
    const { kind } = entryState(view, value, entry.id).status;
    if (kind !== 'open') done += 1;
    if (kind === 'concern') concerns += 1;
  }
  return { total: entries.length, done, concerns };
}

/** Saved work for ids this view does not show, that holds something (a note, a status, figures). */
export function unshownWork(view: ChecklistView, value: ChecklistValue): [string, ItemState][] {
  const shown = new Set(viewEntries(view).map((e: ViewEntry) => e.id));
  return Object.entries(value.items).filter(([id, state]) => !shown.has(id) && (state.note.trim() !== '' || state.status !== view.initialStatus.id || state.attendance?.sentence));
}
