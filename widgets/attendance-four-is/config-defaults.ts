/**
 * The planner's settings and their defaults. Checking settings a council gives is in config.ts,
 * which the widget loads only when there are settings to check, so a planner used as it comes
 * carries none of that code. No DOM here.
 */
import type { LocalNameAttributes } from '../shared/config.ts';
import { defaultLocalNames, type LocalNames } from '../../content/schemas/local-names.ts';
import { defaultRules, type Trait } from './model.ts';

export interface FourIsConfig {
  /** Characteristics the council's exports hold besides sex, ethnicity and free school meals. */
  extraCharacteristics: Trait[];
  /** Groups with fewer pupils than this are marked as too small to publish. Default 5. */
  smallGroupThreshold: number;
  /** The rule for a distinct difference (see BreakdownRules). */
  distinctDifference: { attendancePoints: number; persistentPoints: number };
  /** Start of the links into the summary table of responsibilities. Default "/responsibilities/". */
  responsibilitiesUrl: string;
  /** The council's names for its services, used in the list of roles. */
  localNames: LocalNames;
}

export const defaultConfig: Readonly<FourIsConfig> = Object.freeze({
  extraCharacteristics: [],
  smallGroupThreshold: defaultRules.smallGroup,
  distinctDifference: { attendancePoints: defaultRules.attendancePoints, persistentPoints: defaultRules.persistentPoints },
  responsibilitiesUrl: '/responsibilities/',
  localNames: { ...defaultLocalNames },
});

/** A fresh copy of the defaults, safe to change. */
export function defaultSettings(): FourIsConfig {
  return { ...defaultConfig, localNames: { ...defaultConfig.localNames }, distinctDifference: { ...defaultConfig.distinctDifference } };
}

/** The element's configuration attributes, as Lit hands them over (null when absent). */
export interface ConfigAttributes extends LocalNameAttributes {
  smallGroupThreshold?: string | null;
  responsibilitiesUrl?: string | null;
}

/** True when any configuration attribute is present: the settings then need checking. */
export function hasConfigAttributes(attributes: ConfigAttributes): boolean {
  return [attributes.smallGroupThreshold, attributes.responsibilitiesUrl, attributes.attendanceTeam, attributes.virtualSchool, attributes.inclusionService].some((v) => v != null);
}
