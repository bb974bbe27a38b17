/**
 * Matching the columns of a council's own export to what the planner needs, by header name,
 * so nobody has to edit their export first. Each field has the names systems commonly give
 * it; a council adds its own characteristics (and their header names) in its settings. The
 * person sees the matches in a preview and can change any of them before loading. No DOM here.
 */

import type { Trait } from './model.ts';

/** The fields every pupil row has. */
export type FieldId = 'ref' | 'school' | 'year' | 'possible' | 'attended' | 'status' | 'send';

export const fieldIds: readonly FieldId[] = ['ref', 'school', 'year', 'possible', 'attended', 'status', 'send'];

/** Without these the cohort cannot be worked out, so a file missing one is refused. */
export const requiredFields: readonly FieldId[] = ['ref', 'possible', 'attended', 'status'];

const fieldHeaders: Record<FieldId, readonly string[]> = {
  ref: [
    'pupil reference',
    'pupil ref',
    'reference',
    'ref',
    'pseudonymous reference',
    'pseudonymised reference',
    'pseudonym',
    'pupil id',
    'child id',
    'child reference',
    'person id',
    'id',
  ],
  school: ['school', 'school name', 'establishment', 'establishment name', 'setting', 'provider', 'school or setting'],
  year: ['year group', 'year', 'ncy', 'nc year', 'national curriculum year', 'curriculum year', 'yr', 'yeargroup'],
  possible: ['possible sessions', 'sessions possible', 'possible', 'possible marks', 'total possible sessions', 'possible attendance', 'sessions'],
  attended: ['attended sessions', 'sessions attended', 'attended', 'attendances', 'present', 'sessions present', 'present sessions', 'attended marks'],
  status: [
    'social worker status',
    'social care status',
    'status',
    'sw status',
    'cwsw status',
    'category',
    'legal status',
    'social care category',
    'cin cp lac',
    'cin cp cla',
    'cla cin cp',
    'lac cin cp',
    'cin cp',
  ],
  send: ['send', 'send status', 'sen', 'sen status', 'sen provision', 'send provision', 'sen support', 'sen type'],
};

/** Lower case, punctuation as spaces, single spaces: "Possible_Sessions (Autumn)" becomes "possible sessions autumn". */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** What one column of the file is used as. */
export type ColumnUse = { kind: 'field'; field: FieldId } | { kind: 'trait'; trait: string } | { kind: 'keep' } | { kind: 'ignore' };

function matches(header: string, names: readonly string[]): boolean {
  // A name matches exactly, or as the start of a longer header ("possible sessions autumn 2026").
  return names.some((name) => header === name || header.startsWith(`${name} `));
}

/**
 * Suggests a use for each column, in order: exact matches first, then longer headers that
 * start with a known name. Each field and characteristic takes the first column that
 * matches; a column nothing matches is ignored (not loaded), so a column of names or dates
 * of birth never enters the planner unless the person chooses to keep it.
 */
export function suggestMapping(headers: readonly string[], traits: readonly Trait[]): ColumnUse[] {
  const normalised = headers.map(normaliseHeader);
  const uses: ColumnUse[] = headers.map(() => ({ kind: 'ignore' }));
  const taken = new Set<string>();
  const candidates: { key: string; use: ColumnUse; names: string[] }[] = [
    ...fieldIds.map((field) => ({ key: `field:${field}`, use: { kind: 'field', field } as ColumnUse, names: [...fieldHeaders[field]] })),
    ...traits.map((trait) => ({
      key: `trait:${trait.id}`,
      use: { kind: 'trait', trait: trait.id } as ColumnUse,
      names: [trait.label, trait.id, ...(trait.headers ?? [])].map(normaliseHeader),
    })),
  ];
  for (const exact of [true, false]) {
    for (const candidate of candidates) {
      if (taken.has(candidate.key)) continue;
      const index = normalised.findIndex((header, i) => uses[i]!.kind === 'ignore' && (exact ? candidate.names.includes(header) : matches(header, candidate.names)));
      if (index === -1) continue;
      uses[index] = candidate.use;
      taken.add(candidate.key);
    }
  }
  return uses;
}

export type MappingProblem = { code: 'missing'; field: FieldId } | { code: 'twice'; use: string; columns: string[] };

/** What stops a mapping from loading: a required field with no column, or one use given to two columns. */
export function mappingProblems(headers: readonly string[], uses: readonly ColumnUse[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const byUse = new Map<string, string[]>();
  uses.forEach((use, i) => {
    if (use.kind !== 'field' && use.kind !== 'trait') return;
    const key = use.kind === 'field' ? use.field : `trait:${use.trait}`;
    byUse.set(key, [...(byUse.get(key) ?? []), headers[i] ?? '']);
  });
  for (const field of requiredFields) if (!byUse.has(field)) problems.push({ code: 'missing', field });
  for (const [use, columns] of byUse) if (columns.length > 1) problems.push({ code: 'twice', use, columns });
  return problems;
}

/** Fields with no column that are not required: loaded as "not recorded", which the preview says. */
export function unmappedOptionalFields(uses: readonly ColumnUse[]): FieldId[] {
  const used = new Set(uses.flatMap((u) => (u.kind === 'field' ? [u.field] : [])));
  return fieldIds.filter((f) => !used.has(f) && !requiredFields.includes(f));
}

/** A stable id for a kept column, from its header ("Home language" becomes "col-home-language"). */
export function keptTraitId(header: string, index: number): string {
  const slug = normaliseHeader(header).replace(/ /g, '-').slice(0, 40).replace(/-$/, '');
  return `col-${slug || index + 1}`;
}

/** Encodes a use as an option value for a select, and back. */
export function useKey(use: ColumnUse): string {
  return use.kind === 'field' ? `field:${use.field}` : use.kind === 'trait' ? `trait:${use.trait}` : use.kind;
}

export function parseUseKey(key: string): ColumnUse {
  if (key.startsWith('field:') && (fieldIds as string[]).includes(key.slice(6))) return { kind: 'field', field: key.slice(6) as FieldId };
  if (key.startsWith('trait:')) return { kind: 'trait', trait: key.slice(6) };
  return key === 'keep' ? { kind: 'keep' } : { kind: 'ignore' };
}
