/**
 * Reading and writing CSV, small enough to ship in the widget (a library would cost more
 * than the rest of the import). No DOM here.
 *
 * Reading accepts what councils' systems and spreadsheets write: a comma, semicolon (Excel in
 * many European locales) or tab (a paste from a spreadsheet) between values, quoted values
 * with "" for a quote and line breaks inside, a byte-order mark, and CRLF, LF or CR line ends.
 * It is one pass over the text, so a 10,000-row export is read in a few milliseconds.
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvTable {
  delimiter: Delimiter;
  /** The records in order, blank ones left out. Values are as written, quotes removed. */
  records: string[][];
  /** The line of the file each record starts on (1 is the first line), for messages. */
  lines: number[];
  /** Records with nothing in them (blank lines, rows of empty values), left out. */
  blankRecords: number;
  /** Records in the text, kept or not: more than `records.length` when the text has more than the reader was asked to keep. */
  total: number;
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; error: { code: 'unclosed-quote'; line: number } };

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** The delimiter used most in the first record (outside quotes); a comma when none is. */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && (c === ',' || c === ';' || c === '\t')) counts[c] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * Reads CSV text. Fails only when a quote is never closed, since the rest of the file would be
 * one value. Keeps at most `keep` records: those past it are counted (`total`) but not kept, so
 * a file of millions of tiny rows costs no more memory than one at the limit.
 */
export function parseCsv(input: string, delimiter?: Delimiter, keep = Infinity): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter ?? detectDelimiter(text);
  const sepCode = sep.charCodeAt(0);
  const records: string[][] = [];
  const lines: number[] = [];
  let blankRecords = 0;
  let total = 0;
  const n = text.length;
  let i = 0;
  let line = 1;
  let record: string[] = [];
  let recordLine = 1;

  const endRecord = () => {
    if (record.every((value) => value.trim() === '')) blankRecords += 1;
    else if (++total <= keep) {
      records.push(record);
      lines.push(recordLine);
    }
    record = [];
  };

  while (i <= n) {
    if (i === n) {
      // End of text: a final record without a line end (an empty last line adds nothing).
      if (record.length > 0) {
        record.push('');
        endRecord();
      }
      break;
    }
    if (text.charCodeAt(i) === QUOTE) {
      // A quoted value: runs to the next lone quote; "" inside is one quote.
      const openedOn = line;
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) return { ok: false, error: { code: 'unclosed-quote', line: openedOn } };
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          from = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      line += countLineEnds(value);
      value = value.replace(/\r\n?/g, '\n');
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      const end = nextBoundary(text, i, sepCode);
      if (end > i) value += text.slice(i, end);
      i = end;
      record.push(value);
    } else {
      const end = nextBoundary(text, i, sepCode);
      record.push(text.slice(i, end));
      i = end;
    }
    // i is now at a delimiter, a line end or the end of the text.
    if (i === n) {
      endRecord();
      break;
    }
    const c = text.charCodeAt(i);
    if (c === sepCode) {
      i += 1;
      if (i === n) {
        record.push('');
        endRecord();
        break;
      }
      continue;
    }
    // A line end: CRLF, LF or a lone CR.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRecord();
    line += 1;
    recordLine = line;
  }
  return { ok: true, table: { delimiter: sep, records, lines, blankRecords, total } };
}

function nextBoundary(text: string, from: number, sepCode: number): number {
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === sepCode || c === LF || c === CR) return i;
  }
  return text.length;
}

function countLineEnds(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c === LF || (c === CR && value.charCodeAt(i + 1) !== LF)) count += 1;
  }
  return count;
}

/**
 * What makes a spreadsheet treat a cell as a formula: = + - @ or | (a DDE link), or their
 * full-width and small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫ ｜), which some spreadsheets read as the
 * ASCII ones, at the start or after spaces and control or format characters, which some strip
 * before looking; and a tab or CR on its own, which some strip too. A cell like that could run
 * a formula when the exported file is opened, so it is written with a leading apostrophe.
 */
const formulaStart = /^(?:[\t\r]|[\s\p{Cc}\p{Cf}]*[=+\-@|＝＋－＠﹦﹢﹣﹫｜])/u;

/** Makes a text cell safe to open in a spreadsheet: see formulaStart. Numbers are left alone. */
export function neutraliseCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/**
 * Writes rows as CSV (RFC 4180: commas, CRLF, quotes doubled). Text cells are neutralised
 * against formulas; numbers are written as numbers, so a negative gap stays a number.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows
    .map((row) =>
      row
        .map((cell) => {
          const value = typeof cell === 'number' ? String(cell) : neutraliseCell(cell);
          // Semicolons and tabs are quoted too: a reader that detects the delimiter must not pick them.
          return /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
        })
        .join(','),
    )
    .join('\r\n')
    .concat('\r\n');
}
