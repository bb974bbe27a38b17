import { describe, expect, it } from 'vitest';
import { detectDelimiter, neutraliseCell, parseCsv, toCsv } from './csv.ts';

function records(text: string) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`expected the text to parse, got ${JSON.stringify(result.error)}`);
  return result.table;
}

describe('reading CSV', () => {
  it('reads plain comma-separated rows, with the line each starts on', () => {
    const table = records('a,b,c\n1,2,3\n4,5,6\n');
    expect(table.delimiter).toBe(',');
    expect(table.records).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(table.lines).toEqual([1, 2, 3]);
  });

  it('reads quoted values with embedded commas, doubled quotes and line breaks, and counts the lines they span', () => {
    const table = records('ref,school,note\r\nA1,"St Mary\'s, Anytown","She said ""hello""\r\nthen left"\r\nA2,Elm,plain\r\n');
    expect(table.records).toEqual([
      ['ref', 'school', 'note'],
      ['A1', "St Mary's, Anytown", 'She said "hello"\nthen left'],
      ['A2', 'Elm', 'plain'],
    ]);
    expect(table.lines).toEqual([1, 2, 4]);
  });

  it('drops a byte-order mark and reads CRLF, LF and lone CR line ends alike', () => {
    expect(records('\uFEFFref,x\r\nA,1\r\n').records).toEqual([
      ['ref', 'x'],
      ['A', '1'],
    ]);
    expect(records('ref,x\rA,1\rB,2').records).toEqual([
      ['ref', 'x'],
      ['A', '1'],
      ['B', '2'],
    ]);
    expect(records('ref,x\rA,1\rB,2').lines).toEqual([1, 2, 3]);
  });

  it('reads semicolon-separated files (Excel in many locales) and tab-separated pastes', () => {
    const semi = records('ref;school;possible\nA1;"Oak; Elm";380\n');
    expect(semi.delimiter).toBe(';');
    expect(semi.records[1]).toEqual(['A1', 'Oak; Elm', '380']);
    const tabs = records('ref\tschool\tpossible\nA1\tOak, Elm\t380\n');
    expect(tabs.delimiter).toBe('\t');
    expect(tabs.records[1]).toEqual(['A1', 'Oak, Elm', '380']);
  });

  it('chooses the delimiter from the header row only, ignoring ones inside quotes', () => {
    expect(detectDelimiter('"a;b;c",d\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,2,3,4,5,6')).toBe(';');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('keeps empty values, including a trailing one and a last row with no line end', () => {
    expect(records('a,b,c\n1,,3\n4,5,').records).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
      ['4', '5', ''],
    ]);
  });

  it('passes over blank lines and rows of empty values, counting them, while line numbers stay true', () => {
    const table = records('a,b\n\n1,2\n,\r\n\r\n3,4\n');
    expect(table.records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(table.lines).toEqual([1, 3, 6]);
    expect(table.blankRecords).toBe(3);
  });

  it('reads an empty text as no records', () => {
    expect(records('').records).toEqual([]);
    expect(records('\uFEFF').records).toEqual([]);
    expect(records('\r\n\r\n').records).toEqual([]);
  });

  it('keeps a quote inside an unquoted value, and text after a closing quote, as spreadsheets do', () => {
    expect(records('a,b\n5" tall,"x"y\n').records[1]).toEqual(['5" tall', 'xy']);
  });

  it('keeps at most the records asked for and counts the rest, so a file of millions of rows costs no more memory', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `r${i},x`).join('\n');
    const parsed = parseCsv(text, ',', 10);
    expect(parsed.ok && parsed.table.records.length).toBe(10);
    expect(parsed.ok && parsed.table.lines).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(parsed.ok && parsed.table.total).toBe(1000);
    expect(parsed.ok && parseCsv(text).ok && parseCsv(text, ',').ok).toBe(true);
  });

  it('refuses text whose quote is never closed, naming the line it opened on', () => {
    expect(parseCsv('a,b\n1,2\n3,"never closed\n4,5\n')).toEqual({ ok: false, error: { code: 'unclosed-quote', line: 3 } });
  });
});

describe('writing CSV', () => {
  it('quotes values with commas, quotes or line breaks and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b, c'],
        ['say "hi"', 'two\nlines'],
      ]),
    ).toBe('a,"b, c"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('neutralises text cells that a spreadsheet would run as a formula', () => {
    for (const hostile of ['=1+1', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x.example","click")']) {
      expect(neutraliseCell(hostile)).toBe(`'${hostile}`);
    }
    expect(toCsv([['=cmd|"/c calc"!A1']])).toBe(`"'=cmd|""/c calc""!A1"\r\n`);
    expect(neutraliseCell('Oak = Elm')).toBe('Oak = Elm');
  });

  it('neutralises the full-width and small forms of = + - @, a | (DDE) start, and any of them after spaces or control characters', () => {
    for (const hostile of [
      '＝1+1',
      '＋1',
      '－1',
      '＠SUM(A1)',
      '﹦1',
      '﹢1',
      '﹣1',
      '﹫A1',
      '｜cmd',
      '|cmd /c calc',
      ' =1+1',
      '\u3000=1',
      '\u00A0+1',
      '\n=1',
      '\u0001@A1',
      '\u200B=1',
      '\uFEFF-1',
      ' \t ＝1',
    ]) {
      expect(neutraliseCell(hostile), JSON.stringify(hostile)).toBe(`'${hostile}`);
    }
    for (const harmless of ['Oak | Elm', 'A-level', ' Oak', '日本', '1 = 1']) expect(neutraliseCell(harmless)).toBe(harmless);
  });

  it('writes numbers as numbers, so a negative gap stays a number', () => {
    expect(toCsv([[-2.5, 0, 91.2, 'x']])).toBe('-2.5,0,91.2,x\r\n');
  });

  it('reads back what it writes', () => {
    const rows = [
      ['ref', 'note'],
      ['A1', 'a "quoted", multi\nline value'],
      ['A2', ''],
    ];
    const back = parseCsv(toCsv(rows));
    expect(back.ok && back.table.records).toEqual(rows);
  });
});

describe('exported CSV read back with the delimiter detected', () => {
  it('keeps cells holding semicolons and tabs whole, because they are quoted', () => {
    const rows = [
      ['Group; characteristic; value', 'Note'],
      ['EAL; FSM', 'tab\there'],
      ['Year 7', 'plain'],
    ];
    const text = toCsv(rows);
    expect(detectDelimiter(text)).toBe(',');
    const parsed = parseCsv(text);
    expect(parsed.ok && parsed.table.records).toEqual(rows);
  });
});
