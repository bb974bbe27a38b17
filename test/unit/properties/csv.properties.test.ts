/**
 * Property-based tests for the CSV reader and writer of the four-Is widget (issue 10, items
 * 2 and 4): any cell text round-trips, and every CSV the widgets produce neutralises cells a
 * spreadsheet would run as a formula. The widgets' CSV producers are the two exports in
 * widgets/attendance-four-is/exports.ts (rankedCsv, breakdownCsv), both written by toCsv.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, parseCsv, toCsv } from '../../../widgets/attendance-four-is/csv.ts';
import { breakdownCsv, rankedCsv } from '../../../widgets/attendance-four-is/exports.ts';
import { dimensionsFor } from '../../../widgets/attendance-four-is/labels.ts';
import { defaultRules, type Pupil, type Trait } from '../../../widgets/attendance-four-is/model.ts';
import { countedAssert, trialCounter } from '../../helpers/trials.ts';

const assertCsvRoundTrip = countedAssert(trialCounter('properties', 'CSV read then written back, and never throwing on any text'));
const assertExportSafe = countedAssert(
  trialCounter('csv-export', 'Generated cells starting = + - @ | (or their full-width forms, after spaces and control characters), tab or CR in every CSV export'),
);

/** What starts a formula in some spreadsheet: these characters, after whatever spaces and control or format characters a spreadsheet might strip. */
const formulaCharacters = new Set(['=', '+', '-', '@', '|', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫', '｜']);
const strippable = /^[\s\p{Cc}\p{Cf}]+/u;
const startsFormula = (cell: string) => cell.startsWith('\t') || cell.startsWith('\r') || formulaCharacters.has([...cell.replace(strippable, '')][0] ?? '');

/** Cell text biased towards what breaks CSV: delimiters, quotes, line ends, formula starts, unicode. */
const nasty = fc.constantFrom(
  ',',
  ';',
  '\t',
  '"',
  '""',
  '\r',
  '\n',
  '\r\n',
  '=',
  '+',
  '-',
  '@',
  '|',
  '＝',
  '＋',
  '－',
  '＠',
  '﹦',
  '｜',
  "'",
  ' ',
  '\u00A0',
  '\u3000',
  '\u0001',
  '\uFEFF',
  'é',
  '日本',
  '😀',
  '\u202E',
  '\u200B',
  'a',
  '1',
);
const cellText = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: nasty, maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 20 }));
/** Rows must hold something other than whitespace, since the reader leaves blank records out by design. */
const rows = fc
  .array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 })
  .filter((table) => table.every((row) => row.some((cell) => cell.trim() !== '')));

/** The file as downloadText offers it: a byte-order mark, then toCsv's text. */
const asDownloaded = (text: string) => `\uFEFF${text}`;

/** What a cell reads back as: neutralised, and line ends inside a value read as \n. */
const expected = (cell: string) => neutraliseCell(cell).replace(/\r\n?/g, '\n');

describe('CSV round trip properties', () => {
  it('reads back any cell text that toCsv wrote, including commas, quotes, line ends and unicode', () => {
    assertCsvRoundTrip(
      fc.property(rows, (table) => {
        const parsed = parseCsv(asDownloaded(toCsv(table)), ',');
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.table.records).toEqual(table.map((row) => row.map(expected)));
      }),
      { numRuns: 1000 },
    );
  });

  // Detection looks for the delimiter used most in the first record, and toCsv leaves ; and tab
  // unquoted, so cells holding them are only read back when the comma is named (as above).
  it('reads back cells that are not formulas exactly as written, with the delimiter detected', () => {
    const safe = cellText.filter((cell) => !startsFormula(cell) && !/[\r;\t]/.test(cell));
    const safeRows = fc
      .array(fc.array(safe, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 })
      .filter((table) => table.every((row) => row.some((cell) => cell.trim() !== '')));
    assertCsvRoundTrip(
      fc.property(safeRows, (table) => {
        const parsed = parseCsv(asDownloaded(toCsv(table)));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.table.records).toEqual(table);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any text, and either reads it or names the line of an unclosed quote', () => {
    assertCsvRoundTrip(
      fc.property(fc.oneof(fc.string({ unit: nasty, maxLength: 200 }), fc.string({ unit: 'binary' })), (text) => {
        const parsed = parseCsv(text);
        if (parsed.ok) expect(parsed.table.records.length).toBe(parsed.table.lines.length);
        else expect(parsed.error.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('CSV export safety properties (formula cells neutralised)', () => {
  it('toCsv neutralises every text cell starting with = + - @ tab or CR', () => {
    assertExportSafe(
      fc.property(rows, (table) => {
        const parsed = parseCsv(asDownloaded(toCsv(table)), ',');
        if (!parsed.ok) throw new Error('toCsv wrote unreadable CSV');
        for (const cell of parsed.table.records.flat()) expect(startsFormula(cell)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  const hostile = fc
    .tuple(
      fc.string({ unit: fc.constantFrom(' ', '\u00A0', '\u3000', '\n', '\u0001', '\u200B', '\uFEFF', '\u202E'), maxLength: 3 }),
      fc.constantFrom('=', '+', '-', '@', '|', '＝', '＋', '－', '＠', '﹦', '｜', '\t', '\r'),
      fc.string({ unit: nasty, maxLength: 10 }),
    )
    .map(([lead, start, rest]) => lead + start + rest);
  const text = fc.oneof(hostile, cellText);
  const pupil: fc.Arbitrary<Pupil> = fc
    .record({
      ref: text,
      school: text,
      year: fc.constantFrom('', 'N', 'R', '7', '11'),
      possible: fc.integer({ min: 1, max: 400 }),
      attended: fc.nat(),
      status: fc.constantFrom('cin', 'cp', 'lac', 'plac'),
      send: fc.constantFrom('none', 'sen-support', 'ehcp', 'unknown'),
      traits: fc.array(text, { minLength: 2, maxLength: 2 }),
    })
    .map((p) => ({ ...p, attended: p.attended % (p.possible + 1) }));
  const traits: fc.Arbitrary<Trait[]> = fc.tuple(text, text).map(([a, b]) => [
    { id: 'fsm', label: a },
    { id: 'col-x', label: b },
  ]);

  /** A cell of an exported file is safe when it does not start a formula, or is a plain number (a negative gap). */
  const safeCell = (cell: string) => !startsFormula(cell) || /^-\d+(\.\d+)?$/.test(cell);

  it('rankedCsv neutralises every hostile value from an imported file (refs, schools, characteristics, their labels)', () => {
    assertExportSafe(
      fc.property(fc.array(pupil, { minLength: 1, maxLength: 8 }), traits, (pupils, t) => {
        const parsed = parseCsv(asDownloaded(rankedCsv(pupils, t)), ',');
        if (!parsed.ok) throw new Error('rankedCsv wrote unreadable CSV');
        for (const cell of parsed.table.records.flat()) expect(safeCell(cell), JSON.stringify(cell)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('breakdownCsv neutralises every hostile group value and characteristic label', () => {
    assertExportSafe(
      fc.property(fc.array(pupil, { minLength: 1, maxLength: 8 }), traits, (pupils, t) => {
        const parsed = parseCsv(asDownloaded(breakdownCsv(pupils, dimensionsFor(t), { ...defaultRules, smallGroup: 1 })), ',');
        if (!parsed.ok) throw new Error('breakdownCsv wrote unreadable CSV');
        for (const cell of parsed.table.records.flat()) expect(safeCell(cell), JSON.stringify(cell)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
