/**
 * Turning CSV rows (or a pupil typed by hand) into the cohort: every row checked, bad rows
 * listed by line with their reasons, good rows kept. Sessions are checked by the
 * calculator's own rules, so a row is refused here for exactly what the calculator refuses.
 * No DOM here.
 */
import { calculateAttendance, type CalculatorError } from '../attendance-calculator/calculator.ts';
import { parseCsv, type CsvTable } from './csv.ts';
import { keptTraitId, mappingProblems, suggestMapping, type ColumnUse, type FieldId, type MappingProblem } from './mapping.ts';
import { fourIsLimits as limits } from '../shared/limits.ts';
import { normaliseYear, type Pupil, type SendStatus, type SocialWorkerStatus, type Trait } from './model.ts';

export type RowReason =
  | { code: 'missing'; field: 'ref' | 'status' }
  | { code: 'too-long'; field: FieldId | 'trait'; max: number }
  | { code: 'sessions'; error: CalculatorError }
  | { code: 'unknown-value'; field: 'status' | 'send' | 'year'; value: string }
  | { code: 'duplicate'; ref: string; firstLine: number }
  | { code: 'extra-values'; count: number; columns: number };

export interface RowProblem {
  /** The line of the file the row starts on; for a pupil typed by hand, 0. */
  line: number;
  reasons: RowReason[];
}

const words = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function lookup<T extends string>(table: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [id, names] of Object.entries(table) as [T, readonly string[]][]) for (const name of names) map.set(name, id);
  return map;
}

/** The names systems use for each status: codes (CIN, CP, LAC, CLA, PLAC) and words. */
const statusNames = lookup<SocialWorkerStatus>({
  cin: ['cin', 'child in need', 'children in need', 'in need', 'cin plan', 'child in need plan', 's17', 'section 17'],
  cp: ['cp', 'cpp', 'child protection', 'child protection plan', 'cp plan', 'subject to a child protection plan'],
  lac: ['lac', 'cla', 'cic', 'looked after', 'looked after child', 'looked after children', 'child looked after', 'children looked after', 'child in care', 'in care'],
  plac: ['plac', 'pla', 'previously looked after', 'previously looked after child', 'previously looked after children', 'adopted from care'],
});

/** The school census codes (N, K, E) and the words for them. */
const sendNames = lookup<Exclude<SendStatus, 'unknown'>>({
  none: ['n', 'none', 'no', 'no sen', 'no send', 'not sen', 'no special educational needs'],
  'sen-support': ['k', 'sen support', 'send support', 'support', 'school support'],
  ehcp: ['e', 'ehcp', 'ehc plan', 'ehc', 'education health and care plan', 'statement', 's', 'ehcp or statement'],
});

/** Free school meals written as yes/no in any of the usual ways reads as "Yes" or "No". */
function normaliseYesNo(raw: string): string {
  const value = words(raw);
  if (['y', 'yes', 'true', '1', 'eligible', 'fsm'].includes(value)) return 'Yes';
  if (['n', 'no', 'false', '0', 'not eligible', 'ineligible'].includes(value)) return 'No';
  return raw;
}

const tidy = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/** One row's values by field, however they were gathered (a CSV row, or the form). */
export interface RowInput {
  fields: Partial<Record<FieldId, string>>;
  /** Values for the cohort's characteristics, in its order. */
  traits: string[];
  /** Ids of the cohort's characteristics, for the ones read specially (free school meals). */
  traitIds: readonly string[];
}

/** Checks one row; a pupil, or every reason it cannot be one. */
export function readRow(input: RowInput): { ok: true; pupil: Pupil } | { ok: false; reasons: RowReason[] } {
  const reasons: RowReason[] = [];
  const { fields } = input;
  const ref = tidy(fields.ref);
  if (ref === '') reasons.push({ code: 'missing', field: 'ref' });
  else if (ref.length > limits.ref) reasons.push({ code: 'too-long', field: 'ref', max: limits.ref });

  const school = tidy(fields.school);
  if (school.length > limits.text) reasons.push({ code: 'too-long', field: 'school', max: limits.text });

  const year = normaliseYear(tidy(fields.year));
  if (year === undefined) reasons.push({ code: 'unknown-value', field: 'year', value: tidy(fields.year) });

  const sessions = calculateAttendance({ mode: 'sessions', possible: fields.possible ?? '', attended: fields.attended ?? '' });
  if (!sessions.ok) for (const error of sessions.errors) reasons.push({ code: 'sessions', error });

  const statusText = tidy(fields.status);
  const status = statusNames.get(words(statusText));
  if (statusText === '') reasons.push({ code: 'missing', field: 'status' });
  else if (!status) reasons.push({ code: 'unknown-value', field: 'status', value: statusText });

  const sendText = tidy(fields.send);
  const send: SendStatus | undefined = sendText === '' ? 'unknown' : sendNames.get(words(sendText));
  if (!send) reasons.push({ code: 'unknown-value', field: 'send', value: sendText });

  const traits = input.traitIds.map((id, i) => {
    const value = tidy(input.traits[i]);
    return id === 'fsm' && value ? normaliseYesNo(value) : value;
  });
  if (traits.some((t) => t.length > limits.text)) reasons.push({ code: 'too-long', field: 'trait', max: limits.text });

  if (reasons.length > 0 || !sessions.ok || !status || !send || year === undefined) return { ok: false, reasons };
  return {
    ok: true,
    pupil: { ref, school, year, possible: sessions.figures.possibleSessions, attended: sessions.figures.possibleSessions - sessions.figures.sessionsMissed, status, send, traits },
  };
}

/** A file read and its columns matched, waiting for the person to check the matches and load it. */
export interface ImportPreview {
  headers: string[];
  /** The first row's values, to show beside each header. */
  sample: string[];
  uses: ColumnUse[];
  /** Rows after the header (blank ones left out). */
  rows: number;
  table: CsvTable;
}

export type PrepareError =
  | { code: 'too-large' }
  | { code: 'empty' }
  | { code: 'no-rows' }
  | { code: 'too-many-rows'; rows: number }
  | { code: 'too-many-columns'; columns: number }
  | { code: 'unclosed-quote'; line: number };

/** Reads CSV text as far as the preview; nothing is loaded yet. */
export function prepareImport(text: string, traits: readonly Trait[]): { ok: true; preview: ImportPreview } | { ok: false; error: PrepareError } {
  if (text.length > limits.csv) return { ok: false, error: { code: 'too-large' } };
  // The header and one record past the limit are all it needs to keep: the rest are counted.
  const parsed = parseCsv(text, undefined, limits.pupils + 2);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const { table } = parsed;
  const [headerRow, firstRow] = table.records;
  if (!headerRow) return { ok: false, error: { code: 'empty' } };
  if (!firstRow) return { ok: false, error: { code: 'no-rows' } };
  if (headerRow.length > limits.columns) return { ok: false, error: { code: 'too-many-columns', columns: headerRow.length } };
  const rows = table.total - 1;
  if (rows > limits.pupils) return { ok: false, error: { code: 'too-many-rows', rows } };
  const headers = headerRow.map(tidy);
  return { ok: true, preview: { headers, sample: headers.map((_, i) => tidy(firstRow[i])), uses: suggestMapping(headers, traits), rows, table } };
}

export interface LoadResult {
  pupils: Pupil[];
  /** The characteristics the cohort holds, in column order: those the council knows, then columns kept. */
  traits: Trait[];
  problems: RowProblem[];
  /** Blank rows in the file, which hold nothing and were passed over. */
  blankRows: number;
}

/**
 * Loads the rows of a previewed file with the columns as matched. Refuses (returns the
 * problems) when the matching is incomplete; otherwise every row is either a pupil or a
 * problem, so loaded + problems = rows, and nothing goes missing without a line saying so.
 */
export function loadRows(
  preview: ImportPreview,
  uses: readonly ColumnUse[],
  knownTraits: readonly Trait[],
): { ok: true; result: LoadResult } | { ok: false; problems: MappingProblem[] } {
  const problems = mappingProblems(preview.headers, uses);
  if (problems.length > 0) return { ok: false, problems };
  const fieldColumns: Partial<Record<FieldId, number>> = {};
  const traits: Trait[] = [];
  const traitColumns: number[] = [];
  const usedIds = new Set<string>();
  uses.forEach((use, column) => {
    if (use.kind === 'field') fieldColumns[use.field] = column;
    else if (use.kind === 'trait' || use.kind === 'keep') {
      const known = use.kind === 'trait' ? knownTraits.find((t) => t.id === use.trait) : undefined;
      let trait: Trait = known
        ? { id: known.id, label: known.label }
        : { id: keptTraitId(preview.headers[column] ?? '', column), label: preview.headers[column] || `Column ${column + 1}` };
      if (usedIds.has(trait.id)) trait = { ...trait, id: `${trait.id}-${column + 1}` };
      usedIds.add(trait.id);
      traits.push(trait);
      traitColumns.push(column);
    }
  });
  const traitIds = traits.map((t) => t.id);
  const columns = preview.headers.length;
  const pupils: Pupil[] = [];
  const rowProblems: RowProblem[] = [];
  const seen = new Map<string, number>();
  const { records, lines } = preview.table;
  for (let r = 1; r < records.length; r += 1) {
    const record = records[r]!;
    const line = lines[r]!;
    const fields: Partial<Record<FieldId, string>> = {};
    for (const [field, column] of Object.entries(fieldColumns) as [FieldId, number][]) fields[field] = record[column];
    const read = readRow({ fields, traits: traitColumns.map((c) => record[c] ?? ''), traitIds });
    const reasons = read.ok ? [] : read.reasons;
    // Values beyond the header usually mean an unquoted comma inside a value: the row cannot be trusted.
    const extra = record.slice(columns).filter((v) => v.trim() !== '').length;
    if (extra > 0) reasons.push({ code: 'extra-values', count: record.length, columns });
    if (read.ok) {
      const key = read.pupil.ref.toUpperCase();
      const firstLine = seen.get(key);
      if (firstLine !== undefined) reasons.push({ code: 'duplicate', ref: read.pupil.ref, firstLine });
      else if (reasons.length === 0) seen.set(key, line);
    }
    if (reasons.length > 0) rowProblems.push({ line, reasons });
    else if (read.ok) pupils.push(read.pupil);
  }
  return { ok: true, result: { pupils, traits, problems: rowProblems, blankRows: preview.table.blankRecords } };
}

/**
 * Reads and loads CSV text with the suggested column matches, as a person accepting the
 * preview would: the path the benchmark and scripts use.
 */
export function importCsv(
  text: string,
  traits: readonly Trait[],
): { ok: true; result: LoadResult } | { ok: false; error: PrepareError | { code: 'mapping'; problems: MappingProblem[] } } {
  const prepared = prepareImport(text, traits);
  if (!prepared.ok) return prepared;
  const loaded = loadRows(prepared.preview, prepared.preview.uses, traits);
  return loaded.ok ? loaded : { ok: false, error: { code: 'mapping', problems: loaded.problems } };
}
