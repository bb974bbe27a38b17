/**
 * Local names: the services a council calls by its own name. Checklist text writes them as
 * placeholders, such as "{inclusionService}", which the widgets fill from the council's
 * configuration and the site's static pages fill with these defaults.
 *
 * No zod here: widgets import this module, and it must add nothing to their bundles.
 */

/** The placeholders checklist text may use, with the wording used when a council sets none. */
export const defaultLocalNames = {
  /** The council's school attendance team (one council calls its own the Statutory Attendance Support Team). */
  attendanceTeam: "the council's attendance support team",
  /** The virtual school, which champions the education of children with a social worker. */
  virtualSchool: 'the virtual school',
  /** Where schools refer a child with an attendance concern (in Hampshire, the Inclusion Support Service). */
  inclusionService: "the council's inclusion service",
} as const;

export type LocalNameKey = keyof typeof defaultLocalNames;
export type LocalNames = Record<LocalNameKey, string>;

export const localNameKeys = Object.keys(defaultLocalNames) as LocalNameKey[];

const placeholder = /\{(\w+)\}/g;

/** Names of the placeholders a text uses, known or not. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholder)].map((m) => m[1]!);
}

/** Fills known placeholders; an unknown one is left as written so the mistake can be seen. */
export function fillLocalNames(text: string, names: LocalNames = defaultLocalNames): string {
  return text.replace(placeholder, (whole, key: string) => (Object.prototype.hasOwnProperty.call(names, key) ? names[key as LocalNameKey] : whole));
}

/**
 * Names only the site's own text uses, never the widgets: the widgets' configuration accepts
 * the keys above and no others (widgets/shared/local-names-setting.ts), so these stay apart.
 * Guidance text marks them like the others, `[your virtual school head](local:virtualSchoolHead)`;
 * checklist placeholders cannot use them, because the widgets fill those. A plain object, so a
 * widget bundle that imports this module leaves it out.
 */
export const siteLocalNames = {
  /** The person who leads the council's virtual school ("the head of Anyshire Virtual School"). */
  virtualSchoolHead: 'the virtual school head',
  /** The area's safeguarding children partnership, which publishes local tools and procedures. */
  safeguardingPartnership: 'the local safeguarding children partnership',
} as const;

export type SiteLocalNameKey = keyof typeof siteLocalNames;

/** Every key a council can set in council.json, and guidance text can mark (their list: content/schemas/local-marks.ts). */
export type AnyLocalNameKey = LocalNameKey | SiteLocalNameKey;
