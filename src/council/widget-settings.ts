/**
 * What the site's own tool pages hand their widgets from the council's settings, so a council
 * sets its names once, in council.json, and every widget on its edition uses them.
 */
import type { LocalNameKey } from '../../content/schemas/local-names.ts';
import { edition } from './edition.ts';
import type { Edition } from './settings.ts';

/** The widget attribute for each local name (widgets/registry.json). */
const attributeFor: Record<LocalNameKey, string> = {
  attendanceTeam: 'attendance-team',
  virtualSchool: 'virtual-school',
  inclusionService: 'inclusion-service',
};

/** Attributes for the names the council set; none in the national edition. */
export function localNameAttributes(council: Edition | undefined = edition): Record<string, string> {
  if (!council) return {};
  // The site's own names (virtualSchoolHead, ...) have no attribute: the widgets do not take them.
  return Object.fromEntries(
    Object.entries(council.ownLocalNames)
      .filter((entry): entry is [LocalNameKey, string] => Object.hasOwn(attributeFor, entry[0]) && entry[1] !== undefined)
      .map(([key, name]) => [attributeFor[key], name]),
  );
}

/** Where the embed code on the site points: the council's origin, or a placeholder to replace. */
export function embedHost(council: Edition | undefined = edition): string {
  return council?.origin ?? 'https://YOUR-HOST';
}
