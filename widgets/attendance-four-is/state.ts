/**
 * The plan's saved shape and the check applied to anything read back (storage, an imported
 * file, a value set by script). The check returns a clean copy with only known fields and
 * sizes within the limits the fields and imports share (../shared/limits.ts), or the reason it
 * cannot. No DOM here.
 */
import { idPattern } from '../shared/json.ts';
import { fourIsLimits as limits } from '../shared/limits.ts';
import { normaliseYear, sendStatuses, socialWorkerStatuses, terms, type Figures, type Pupil, type Recorded, type Target, type Term, type TermTexts, type Trait } from './model.ts';
import { isPlainObject } from '../shared/json.ts';

/** The saved-data format this release writes; a later one migrates from it in `migrateValue`. */
export const formatVersion = 1;

export interface Involvement {
  id: string;
  /** "cohort", a group key ("status=lac") or a pupil ("pupil=AB12"). */
  about: string;
  /** A role id from content/four-is-roles.json. */
  role: string;
  who: string;
  knows: string;
  /** YYYY-MM-DD, or empty. */
  lastContact: string;
}

export type ActionStatus = 'not-started' | 'in-progress' | 'done';
export const actionStatuses: readonly ActionStatus[] = ['not-started', 'in-progress', 'done'];

export interface PlanAction {
  id: string;
  about: string;
  text: string;
  /** Who should be involved: a role id. */
  role: string;
  owner: string;
  /** YYYY-MM-DD, or empty. */
  due: string;
  status: ActionStatus;
  /** A level id from content/responsibilities.json. */
  level: string;
  /** A party's slug, as in the responsibilities page's anchors ("local-authorities"). */
  party: string;
}

export interface FourIsValue {
  /** The term the loaded cohort's figures are for. */
  term: Term;
  /** The academic year the targets are for, as typed ("2026 to 2027"). */
  year: string;
  /** The cohort's characteristics, in the order of each pupil's `traits`. */
  traits: Trait[];
  pupils: Pupil[];
  involvement: Involvement[];
  actions: PlanAction[];
  targets: Target[];
  /** The figures recorded for each term (see recordTerm). */
  recorded: Recorded[];
  judgement: string;
}

export const emptyValue = (): FourIsValue => ({
  term: 'autumn',
  year: '',
  traits: [],
  pupils: [],
  involvement: [],
  actions: [],
  targets: [],
  recorded: [],
  judgement: '',
});

const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= 100 && idPattern.test(value);
const isText =
  (max: number) =>
  (value: unknown): value is string =>
    typeof value === 'string' && value.length <= max;
const isDate = (value: unknown): value is string => value === '' || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isTerm = (value: unknown): value is Term => (terms as unknown[]).includes(value);
const shortText = isText(limits.shortText);
const longText = isText(limits.longText);

class Refused extends Error {}

function check(condition: boolean, reason: string): asserts condition {
  if (!condition) throw new Refused(reason);
}

function list<T>(data: unknown, name: string, max: number, read: (item: unknown, index: number) => T): T[] {
  check(Array.isArray(data), `it has no list of ${name}`);
  check(data.length <= max, `it has more than ${max} ${name}`);
  return data.map((item, index) => {
    check(isPlainObject(item), `${name} ${index + 1} is not an object`);
    return read(item, index);
  });
}

function readPupils(data: unknown, traitCount: number): Pupil[] {
  const refs = new Set<string>();
  return list(data, 'pupils', limits.pupils, (item, index) => {
    const p = item as Record<string, unknown>;
    const where = `pupil ${index + 1}`;
    check(typeof p.ref === 'string' && p.ref.trim() !== '' && p.ref.length <= limits.ref, `${where} has no valid reference`);
    check(!refs.has(p.ref.toUpperCase()), `pupil reference "${p.ref.slice(0, 50)}" appears twice`);
    refs.add(p.ref.toUpperCase());
    check(isText(limits.text)(p.school), `${where} has no valid school`);
    check(typeof p.year === 'string' && normaliseYear(p.year) === p.year, `${where} has no valid year group`);
    check(isCount(p.possible) && p.possible > 0 && isCount(p.attended) && p.attended <= p.possible, `${where} has sessions that do not add up`);
    check((socialWorkerStatuses as unknown[]).includes(p.status), `${where} has no valid social worker status`);
    check((sendStatuses as unknown[]).includes(p.send), `${where} has no valid SEND status`);
    check(Array.isArray(p.traits) && p.traits.length === traitCount && p.traits.every(isText(limits.text)), `${where} has characteristics that do not match the cohort's`);
    return { ref: p.ref, school: p.school, year: p.year, possible: p.possible, attended: p.attended, status: p.status, send: p.send, traits: [...(p.traits as string[])] } as Pupil;
  });
}

function readTermTexts(data: unknown, where: string): TermTexts {
  check(isPlainObject(data), `${where} has no terms`);
  const texts = {} as TermTexts;
  for (const term of terms) {
    const text = data[term];
    check(isText(limits.figure)(text), `${where} has no valid ${term} figure`);
    texts[term] = text;
  }
  return texts;
}

function readFigures(data: unknown, where: string): Figures {
  check(isPlainObject(data), `${where} has no figures`);
  const { pupils, possible, attended, persistent, severe } = data;
  check(isCount(pupils) && isCount(possible) && isCount(attended) && isCount(persistent) && isCount(severe), `${where} has figures that are not counts`);
  check(attended <= possible && severe <= persistent && persistent <= pupils, `${where} has figures that do not add up`);
  return { pupils, possible, attended, persistent, severe };
}

/** Checks data from outside and returns a clean copy, or the reason it cannot be used. */
export function checkValue(data: unknown): { ok: true; value: FourIsValue } | { ok: false; reason: string } {
  try {
    check(isPlainObject(data), 'it is not an object');
    check(isTerm(data.term), 'it does not say which term its figures are for');
    check(isText(limits.year)(data.year), 'its academic year is not text');
    const traits = list(data.traits, 'characteristics', limits.columns, (item, index) => {
      const t = item as Record<string, unknown>;
      check(isId(t.id) && shortText(t.label), `characteristic ${index + 1} has no valid id or label`);
      return { id: t.id, label: t.label };
    });
    const pupils = readPupils(data.pupils, traits.length);
    const about = (value: unknown, where: string) => {
      check(shortText(value) && value !== '', `${where} does not say what it is about`);
      return value;
    };
    const involvement = list(data.involvement, 'people involved', limits.entries, (item, index) => {
      const e = item as Record<string, unknown>;
      const where = `entry ${index + 1} of who is involved`;
      check(isId(e.id) && isId(e.role) && shortText(e.who) && longText(e.knows) && isDate(e.lastContact), `${where} is not in the expected form`);
      return { id: e.id, about: about(e.about, where), role: e.role, who: e.who, knows: e.knows, lastContact: e.lastContact };
    });
    const actions = list(data.actions, 'actions', limits.entries, (item, index) => {
      const a = item as Record<string, unknown>;
      const where = `action ${index + 1}`;
      check(
        isId(a.id) && longText(a.text) && isId(a.role) && shortText(a.owner) && isDate(a.due) && (actionStatuses as unknown[]).includes(a.status) && isId(a.level) && isId(a.party),
        `${where} is not in the expected form`,
      );
      return { id: a.id, about: about(a.about, where), text: a.text, role: a.role, owner: a.owner, due: a.due, status: a.status as ActionStatus, level: a.level, party: a.party };
    });
    const targets = list(data.targets, 'targets', limits.targets, (item, index) => {
      const t = item as Record<string, unknown>;
      const where = `target ${index + 1}`;
      check(isId(t.id), `${where} has no valid id`);
      return { id: t.id, about: about(t.about, where), target: readTermTexts(t.target, where), actual: readTermTexts(t.actual, where) };
    });
    const recorded = list(data.recorded, 'recorded figures', limits.recorded, (item, index) => {
      const r = item as Record<string, unknown>;
      const where = `recorded figure ${index + 1}`;
      check(isTerm(r.term), `${where} has no valid term`);
      return { term: r.term, about: about(r.about, where), figures: readFigures(r.figures, where) };
    });
    check(isText(limits.judgement)(data.judgement), 'its judgement is not text');
    const value: FourIsValue = { term: data.term, year: data.year, traits, pupils, involvement, actions, targets, recorded, judgement: data.judgement };
    check(planFits(value), `it is larger than a plan can be (${limits.planChars.toLocaleString('en-GB')} characters)`);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.message };
    throw error;
  }
}

/**
 * True when the plan, written as JSON without spaces (as "Download the plan" writes it), is
 * within the limit every plan shares, so that it saves and imports again.
 */
export function planFits(value: FourIsValue): boolean {
  return JSON.stringify(value).length <= limits.planChars;
}

export const isFourIsValue = (data: unknown): data is FourIsValue => checkValue(data).ok;

/**
 * Turns work saved in an older format into this one. Format 1 is the first, so there is
 * nothing older yet; returning undefined makes storage say the saved work could not be read.
 */
export function migrateValue(_data: unknown, _fromVersion: number): FourIsValue | undefined {
  return undefined;
}

/** The next free id with a prefix: "a1", "a2"... never reusing one in the list. */
export function nextId(prefix: string, existing: readonly { id: string }[]): string {
  let max = 0;
  for (const { id } of existing) {
    if (id.startsWith(prefix)) {
      const n = Number(id.slice(prefix.length));
      if (Number.isSafeInteger(n) && n > max) max = n;
    }
  }
  return `${prefix}${max + 1}`;
}
