/**
 * The checklist's settings and their defaults. Checking settings a council gives is in
 * config.ts, which the widget loads only when there are settings to check, so a checklist
 * used as it comes carries none of that code. No DOM here.
 */
import type { LocalNameAttributes } from '../shared/config.ts';
import { defaultLocalNames, type LocalNames } from '../../content/schemas/local-names.ts';
import { defaultChecklistId, isChecklistId } from './checklists.ts';

/** An item a council adds. It has no citation: the export says it was added locally. */
export interface ExtraItem {
  /** Stable id (lower-case letters, digits, hyphens), unique in the checklist: saved work is keyed by it. */
  id: string;
  /** The question, which may use the local name placeholders. */
  text: string;
  /** Id of the checklist group to add it to; without one it goes in a group of the council's own. */
  group?: string;
  why?: string;
  askFor?: string;
}

export interface ChecklistConfig {
  /** Which checklist: `assessment` (default), `seven-questions`, `pupil-voice`, `support-and-monitoring` or `supervision`. */
  checklist: string;
  /** Start of each guidance link; the page's slug and "/" follow. Default "/guidance/". */
  baseUrl: string;
  /** The council's names for its services, filling {attendanceTeam}, {virtualSchool} and {inclusionService}. */
  localNames: LocalNames;
  /** Ids of items (or sub-items) not to show. Work saved against them is kept. */
  hiddenItems: string[];
  /** Items the council adds. */
  extraItems: ExtraItem[];
}

export const defaultConfig: Readonly<ChecklistConfig> = Object.freeze({
  checklist: defaultChecklistId,
  baseUrl: '/guidance/',
  localNames: { ...defaultLocalNames },
  hiddenItems: [],
  extraItems: [],
});

/** The element's configuration attributes, as Lit hands them over (null when absent). */
export interface ConfigAttributes extends LocalNameAttributes {
  checklist?: string | null;
  baseUrl?: string | null;
  hiddenItems?: string | null;
}

/**
 * True when the settings need checking (config.ts): there is an inline JSON child, a setting
 * attribute other than `checklist`, or a `checklist` that is not one of the kit's.
 */
export function needsChecking(element: Element & ConfigAttributes): boolean {
  const { checklist } = element;
  return (
    element.querySelector(':scope > script[type="application/json"]') !== null ||
    [element.baseUrl, element.attendanceTeam, element.virtualSchool, element.inclusionService, element.hiddenItems].some((v) => v != null) ||
    (checklist != null && !isChecklistId(checklist))
  );
}
