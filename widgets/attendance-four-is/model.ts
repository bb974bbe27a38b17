/**
 * The planner's core shapes and the few constants that checking saved work and reading
 * settings need. Kept apart from the parsing and the maths so the widget's first load
 * carries only this. No DOM here.
 */

export type SocialWorkerStatus = 'cin' | 'cp' | 'lac' | 'plac';
/** `unknown` when the export does not say (a blank value, or no SEND column at all). */
export type SendStatus = 'none' | 'sen-support' | 'ehcp' | 'unknown';

export const socialWorkerStatuses: readonly SocialWorkerStatus[] = ['cin', 'cp', 'lac', 'plac'];
export const sendStatuses: readonly SendStatus[] = ['none', 'sen-support', 'ehcp', 'unknown'];

export interface Pupil {
  /** Pseudonymous reference, unique in the cohort (compared ignoring case). */
  ref: string;
  /** Empty when not recorded. */
  school: string;
  /** "N" (nursery), "R" (reception), "1" to "14", or empty when not recorded. */
  year: string;
  possible: number;
  attended: number;
  status: SocialWorkerStatus;
  send: SendStatus;
  /** Values of the cohort's characteristics, in the order of its `traits`; empty when not recorded. */
  traits: string[];
}

/** "Year 7", "Y7", "07", "NCY 7" become "7"; "Reception" becomes "R"; "Nursery", "N1", "N2" become "N". */
export function normaliseYear(raw: string): string | undefined {
  const value = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(year group|year|yr|ncy|y)\s*/, '')
    .trim();
  if (value === '') return '';
  if (['r', 'rec', 'reception'].includes(value)) return 'R';
  if (['n', 'n1', 'n2', 'nursery'].includes(value)) return 'N';
  if (/^\d{1,2}$/.test(value)) {
    const year = Number(value);
    if (year >= 1 && year <= 14) return String(year);
  }
  return undefined;
}

/** A characteristic the cohort can be broken down by: built in, set by the council, or a column the person keeps. */
export interface Trait {
  id: string;
  label: string;
  /** Header names that mean this characteristic, besides its label. */
  headers?: readonly string[];
}

/** The optional characteristics the issue names; a council adds others in its settings. */
export const builtInTraits: readonly Trait[] = [
  { id: 'sex', label: 'Sex', headers: ['gender'] },
  { id: 'ethnicity', label: 'Ethnicity', headers: ['ethnic group', 'ethnic origin', 'ethnicity major', 'ethnicity code'] },
  { id: 'fsm', label: 'Free school meals', headers: ['fsm', 'fsm eligible', 'fsm eligibility', 'eligible for free school meals', 'free school meals eligible'] },
];

export type Term = 'autumn' | 'spring' | 'summer';
export const terms: readonly Term[] = ['autumn', 'spring', 'summer'];

/** A percentage typed for each term, kept as typed so nothing is lost; empty when not set. */
export type TermTexts = Record<Term, string>;

export interface Target {
  id: string;
  /** What the target is for: "cohort" or a group key such as "status=lac". */
  about: string;
  /** The target attendance for each term. */
  target: TermTexts;
  /** Attendance typed for a term with no cohort figures recorded (from a report, say). */
  actual: TermTexts;
}

export interface Figures {
  pupils: number;
  possible: number;
  attended: number;
  /** Pupils missing 10% or more of their possible sessions: severe absence is counted here too, as the DfE counts it. */
  persistent: number;
  /** Pupils missing 50% or more. */
  severe: number;
}

/** The figures of the cohort and each group for a term, taken from the cohort loaded for that term. */
export interface Recorded {
  term: Term;
  about: string;
  figures: Figures;
}

/** The planner's rule for a distinct difference, and the small-group threshold: a council may set both. */
export interface BreakdownRules {
  /** A group with fewer pupils than this could identify a child if published. */
  smallGroup: number;
  /** Flag a group whose attendance is at least this many percentage points below the whole cohort's... */
  attendancePoints: number;
  /** ...or whose persistent absence rate is at least this many points above it. */
  persistentPoints: number;
}

export const defaultRules: Readonly<BreakdownRules> = Object.freeze({ smallGroup: 5, attendancePoints: 3, persistentPoints: 10 });
