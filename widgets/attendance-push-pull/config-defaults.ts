/**
 * The push and pull explorer's settings and their defaults. Checking settings a council
 * gives is in config.ts, which the widget loads only when there are settings to check, so a
 * widget used as it comes carries none of that code. No DOM here.
 */
import type { LocalNameAttributes } from '../shared/config.ts';
import { defaultLocalNames, type LocalNames } from '../../content/schemas/local-names.ts';
import type { Lane, Setting } from './library.ts';

/** A factor a council adds. It has no citation: the summary says it comes from local practice. */
export interface ExtraFactor {
  /** Stable id (lower-case letters, digits, hyphens), not one of the library's: saved maps name factors by it. */
  id: string;
  /** Short name for the map: at most 60 characters. */
  label: string;
  lane: Lane;
  setting: Setting;
  /** Who the question is for (default the child). */
  askWho?: 'child' | 'family';
  question?: string;
  /** Example adjustments, which may name the council's services. */
  adjustments?: string[];
}

export interface PushPullConfig {
  /** Start of the guidance links; a page's slug and "/" follow. Default "/guidance/". */
  baseUrl: string;
  /** The council's names for its services, filling {attendanceTeam}, {virtualSchool} and {inclusionService}. */
  localNames: LocalNames;
  /** Ids of library factors not to offer. Maps that already hold them keep them. */
  hiddenFactors: string[];
  /** Factors the council adds to the library. */
  extraFactors: ExtraFactor[];
  /** People and services suggested as the owner of an adjustment; may use the local name placeholders. */
  owners: string[];
}

export const defaultConfig: Readonly<PushPullConfig> = Object.freeze({
  baseUrl: '/guidance/',
  localNames: { ...defaultLocalNames },
  hiddenFactors: [],
  extraFactors: [],
  // Roles the sources name as part of a child's support, and the council's own services.
  owners: ['The school', 'Head of year', 'Designated teacher', 'Social worker', 'Parent or carer', '{attendanceTeam}', '{virtualSchool}'],
});

/** A fresh copy of the defaults, safe to change. */
export function defaultSettings(): PushPullConfig {
  return { ...defaultConfig, localNames: { ...defaultConfig.localNames } };
}

/** The element's configuration attributes, as Lit hands them over (null when absent). */
export interface ConfigAttributes extends LocalNameAttributes {
  baseUrl?: string | null;
  hiddenFactors?: string | null;
}

/** True when any configuration attribute is present: the settings then need checking. */
export function hasConfigAttributes(attributes: ConfigAttributes): boolean {
  return [attributes.baseUrl, attributes.attendanceTeam, attributes.virtualSchool, attributes.inclusionService, attributes.hiddenFactors].some((v) => v != null);
}
