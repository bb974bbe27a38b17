/**
 * Content the later steps use: the roles of who is involved (content/four-is-roles.json,
 * grounded in the glossary) and the levels of support in the summary table of
 * responsibilities (content/responsibilities.json). Loaded with those steps, not before.
 */
import roleData from '../../content/four-is-roles.json' with { type: 'json' };
import responsibilities from '../../content/responsibilities.json' with { type: 'json' };
import { defaultLocalNames, type LocalNameKey, type LocalNames } from '../../content/schemas/local-names.ts';
import { formatMessage } from '../shared/strings.ts';
import { laterStrings } from './later-strings.ts';

export interface Role {
  id: string;
  label: string;
  localName?: string;
  glossary?: string;
}

export const roles: readonly Role[] = roleData;

/** A role's name, with the council's own name for the service where it has set one. */
export function roleLabel(id: string, names: LocalNames): string {
  const role = roles.find((r) => r.id === id);
  if (!role) return id;
  const key = role.localName as LocalNameKey | undefined;
  return key && names[key] !== defaultLocalNames[key] ? `${role.label} (${names[key]})` : role.label;
}

export type PartyId = 'parents' | 'schools' | 'trustsAndGoverningBodies' | 'localAuthorities';

/**
 * The four parties of the summary table, with the slugs the site's responsibilities pages use
 * in their anchors (src/lib/responsibilities.ts; a unit test keeps the two the same).
 */
export const parties: readonly { id: PartyId; slug: keyof typeof laterStrings.parties }[] = [
  { id: 'parents', slug: 'parents' },
  { id: 'schools', slug: 'schools' },
  { id: 'trustsAndGoverningBodies', slug: 'trusts-and-governing-bodies' },
  { id: 'localAuthorities', slug: 'local-authorities' },
];

export interface Level {
  id: string;
  level: string;
  parties: Record<PartyId, string[]>;
}

export const levels: readonly Level[] = [...responsibilities].sort((a, b) => a.order - b.order);

export function partyLabel(slug: string): string {
  return laterStrings.parties[slug as keyof typeof laterStrings.parties] ?? slug;
}

/** The level's name and the party's, as a link's text reads: "Support for pupils with a social worker (Local authorities)". */
export function levelLabel(levelId: string, partySlug: string): string {
  const level = levels.find((l) => l.id === levelId);
  return formatMessage(laterStrings.levelLink, { level: level?.level ?? levelId, party: partyLabel(partySlug) });
}

/** What the guidance expects of a party at a level. */
export function expectations(levelId: string, partySlug: string): string[] {
  const level = levels.find((l) => l.id === levelId);
  const party = parties.find((p) => p.slug === partySlug);
  return level && party ? level.parties[party.id] : [];
}

/** The link into the responsibilities page, the same anchor on both its views. */
export function levelHref(base: string, levelId: string, partySlug: string): string {
  return `${base}#${encodeURIComponent(levelId)}--${encodeURIComponent(partySlug)}`;
}
