import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv, loadRows, prepareImport, readRow, type LoadResult } from './cohort.ts';
import { builtInTraits, normaliseYear } from './model.ts';
import { sampleBadRows, sampleCsv } from './sample-cohort.ts';

const header = 'Pupil reference,School,Year group,Possible sessions,Attended sessions,Social worker status,SEND status,Sex,Ethnicity,FSM';

function load(text: string): LoadResult {
  const result = importCsv(text, builtInTraits);
  if (!result.ok) throw new Error(`expected the file to load, got ${JSON.stringify(result.error)}`);
  return result.result;
}

const rowsOf = (...lines: string[]) => [header, ...lines].join('\r\n');

describe('refusing a file that is not a cohort, changing nothing', () => {
  it('refuses an empty file and one with only a header', () => {
    expect(prepareImport('', builtInTraits)).toEqual({ ok: false, error: { code: 'empty' } });
    expect(prepareImport('\uFEFF\r\n\r\n', builtInTraits)).toEqual({ ok: false, error: { code: 'empty' } });
    expect(prepareImport(`${header}\r\n`, builtInTraits)).toEqual({ ok: false, error: { code: 'no-rows' } });
  });

  it('refuses a 50 MB file before reading it as CSV', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    expect(prepareImport(huge, builtInTraits)).toEqual({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses a file with more rows than the planner holds, or more columns than an export has', () => {
    const many = [header, ...Array.from({ length: 50_001 }, (_, i) => `P${i},S,7,10,9,CIN,N,,,`)].join('\n');
    expect(prepareImport(many, builtInTraits)).toEqual({ ok: false, error: { code: 'too-many-rows', rows: 50_001 } });
    // The count is of every row, though only the header and the rows up to one past the limit are kept.
    const tiny = [header, ...Array.from({ length: 200_000 }, () => 'a')].join('\n');
    expect(prepareImport(tiny, builtInTraits)).toEqual({ ok: false, error: { code: 'too-many-rows', rows: 200_000 } });
    const wide = Array.from({ length: 61 }, (_, i) => `c${i}`).join(',') + '\n' + '1,'.repeat(60) + '1';
    expect(prepareImport(wide, builtInTraits)).toEqual({ ok: false, error: { code: 'too-many-columns', columns: 61 } });
  });

  it('refuses a file whose quote never closes', () => {
    expect(prepareImport(rowsOf('A1,"Oak,7,380,342,CIN,N,,,', 'A2,Elm,7,380,342,CIN,N,,,'), builtInTraits)).toEqual({ ok: false, error: { code: 'unclosed-quote', line: 2 } });
  });

  it('refuses to load while a required column is missing, naming it', () => {
    const result = importCsv('Ref,School,Possible\r\nA1,Oak,380\r\n', builtInTraits);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'mapping',
        problems: [
          { code: 'missing', field: 'attended' },
          { code: 'missing', field: 'status' },
        ],
      },
    });
  });
});

describe('checking every row', () => {
  it('loads good rows, reading status and SEND codes and words, and year groups written many ways', () => {
    const result = load(
      rowsOf(
        'A1,Oak,Year 7,380,342,CIN,N,Female,White,Y',
        'A2,Oak,Y10,380,300,Child protection plan,K,Male,Asian,No',
        'A3,Elm,Reception,380,380,CLA,E,Female,,1',
        'A4,Elm,07,100,50,Previously looked-after,EHC plan,,Black,',
        'A5,,N2,10,9,looked after,,,,',
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.pupils.map((p) => [p.ref, p.year, p.status, p.send, p.traits])).toEqual([
      ['A1', '7', 'cin', 'none', ['Female', 'White', 'Yes']],
      ['A2', '10', 'cp', 'sen-support', ['Male', 'Asian', 'No']],
      ['A3', 'R', 'lac', 'ehcp', ['Female', '', 'Yes']],
      ['A4', '7', 'plac', 'ehcp', ['', 'Black', '']],
      ['A5', 'N', 'lac', 'unknown', ['', '', '']],
    ]);
    expect(result.pupils[0]).toMatchObject({ school: 'Oak', possible: 380, attended: 342 });
    expect(result.pupils[4]!.school).toBe('');
  });

  it('lists bad rows by line with every reason, loads the good ones, and loses none without saying so', () => {
    const text = rowsOf(
      'A1,Oak,7,380,342,CIN,N,,,', // line 2: good
      'A2,Oak,7,abc,10,CIN,N,,,', // 3: possible not a number
      'A3,Oak,7,-5,0,CIN,N,,,', // 4: negative
      'A4,Oak,7,100,120,CIN,N,,,', // 5: attended > possible
      'A5,Oak,7,100,50.5,CIN,N,,,', // 6: not whole
      'A1,Elm,8,100,90,CP,N,,,', // 7: duplicate of line 2
      ',Oak,7,100,90,,N,,,', // 8: no reference, no status
      'A8,Oak,Year 20,100,90,Foster,Maybe,,,', // 9: year, status, SEND unknown
      'A9,"Oak, Elm",7,0,0,CIN,N,,,', // 10: zero possible
      'A10,Oak,7,100,90,CIN,N,,,,extra', // 11: a value beyond the header
      'a1,Oak,7,100,90,CIN,N,,,', // 12: duplicate ignoring case
      'A12,Oak,7,100,90,CIN,N', // 13: short row: missing trailing values read as blank
    );
    const result = load(text);
    expect(result.pupils.map((p) => p.ref)).toEqual(['A1', 'A12']);
    const byLine = Object.fromEntries(result.problems.map((p) => [p.line, p.reasons]));
    expect(Object.keys(byLine).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(byLine[3]).toEqual([{ code: 'sessions', error: { field: 'possible', code: 'not-a-number' } }]);
    expect(byLine[4]).toEqual([{ code: 'sessions', error: { field: 'possible', code: 'negative' } }]);
    expect(byLine[5]).toEqual([{ code: 'sessions', error: { field: 'attended', code: 'more-than-possible', possible: 100 } }]);
    expect(byLine[6]).toEqual([{ code: 'sessions', error: { field: 'attended', code: 'not-whole' } }]);
    expect(byLine[7]).toEqual([{ code: 'duplicate', ref: 'A1', firstLine: 2 }]);
    expect(byLine[8]).toEqual([
      { code: 'missing', field: 'ref' },
      { code: 'missing', field: 'status' },
    ]);
    expect(byLine[9]).toEqual([
      { code: 'unknown-value', field: 'year', value: 'Year 20' },
      { code: 'unknown-value', field: 'status', value: 'Foster' },
      { code: 'unknown-value', field: 'send', value: 'Maybe' },
    ]);
    expect(byLine[10]).toEqual([{ code: 'sessions', error: { field: 'possible', code: 'zero' } }]);
    expect(byLine[11]).toEqual([{ code: 'extra-values', count: 11, columns: 10 }]);
    expect(byLine[12]).toEqual([{ code: 'duplicate', ref: 'a1', firstLine: 2 }]);
    expect(result.pupils.length + result.problems.length).toBe(12);
  });

  it('loads a later row with a reference whose first row was refused', () => {
    const result = load(rowsOf('A1,Oak,7,abc,1,CIN,N,,,', 'A1,Oak,7,100,90,CIN,N,,,'));
    expect(result.pupils.map((p) => p.ref)).toEqual(['A1']);
    expect(result.problems.map((p) => p.line)).toEqual([2]);
  });

  it('refuses over-long references and values', () => {
    const result = load(rowsOf(`${'R'.repeat(51)},Oak,7,100,90,CIN,N,,,`, `A2,${'S'.repeat(121)},7,100,90,CIN,N,,,`));
    expect(result.problems.map((p) => p.reasons[0])).toEqual([
      { code: 'too-long', field: 'ref', max: 50 },
      { code: 'too-long', field: 'school', max: 120 },
    ]);
  });

  it('reads a semicolon export with a BOM and quoted values', () => {
    const result = load('\uFEFFRef;School;Year;Possible;Attended;Status;SEN\r\n"B;1";"Oak ""East""";9;"1,000";900;CP;K\r\n');
    expect(result.pupils).toEqual([{ ref: 'B;1', school: 'Oak "East"', year: '9', possible: 1000, attended: 900, status: 'cp', send: 'sen-support', traits: [] }]);
  });

  it('keeps a column the person chose to keep as a characteristic, and gives two kept columns apart ids', () => {
    const prepared = prepareImport('Ref,Possible,Attended,Status,Home language,Home language\r\nA1,10,9,CIN,Polish,x\r\n', builtInTraits);
    if (!prepared.ok) throw new Error('expected a preview');
    const uses = prepared.preview.uses.map((u, i) => (i >= 4 ? ({ kind: 'keep' } as const) : u));
    const loaded = loadRows(prepared.preview, uses, builtInTraits);
    expect(loaded.ok && loaded.result.traits).toEqual([
      { id: 'col-home-language', label: 'Home language' },
      { id: 'col-home-language-6', label: 'Home language' },
    ]);
    expect(loaded.ok && loaded.result.pupils[0]!.traits).toEqual(['Polish', 'x']);
  });

  it('checks a pupil typed by hand with the same rules', () => {
    const traitIds = ['fsm'];
    expect(readRow({ fields: { ref: ' T1 ', possible: '190', attended: '95', status: 'CP', year: 'Year 3' }, traits: ['yes'], traitIds })).toEqual({
      ok: true,
      pupil: { ref: 'T1', school: '', year: '3', possible: 190, attended: 95, status: 'cp', send: 'unknown', traits: ['Yes'] },
    });
    expect(readRow({ fields: { ref: '', possible: '', attended: '5', status: '' }, traits: [], traitIds: [] })).toEqual({
      ok: false,
      reasons: [
        { code: 'missing', field: 'ref' },
        { code: 'sessions', error: { field: 'possible', code: 'required' } },
        { code: 'missing', field: 'status' },
      ],
    });
  });

  it('reads year groups the ways systems write them', () => {
    expect(['Year 7', 'Y7', '07', 'NCY 7', 'yr7', 'R', 'Reception', 'N1', 'Nursery', '14', ''].map(normaliseYear)).toEqual(['7', '7', '7', '7', '7', 'R', 'R', 'N', 'N', '14', '']);
    expect(['15', '0', 'Year', 'Sixth form'].map(normaliseYear)).toEqual([undefined, undefined, '', undefined]);
  });
});

describe('the fictional training sample', () => {
  const published = readFileSync(join(import.meta.dirname, '../../public/samples/four-is-fictional-cohort.csv'), 'utf8');

  it('is the file in public/samples/, generated from sample-cohort.ts', () => {
    expect(published).toBe(sampleCsv());
  });

  it('loads 120 fictional pupils and reports its 6 bad rows on the lines where they are', () => {
    const result = load(published);
    expect(result.pupils).toHaveLength(120);
    expect(result.pupils.every((p) => p.ref.startsWith('FICT-') && p.school.endsWith('(fictional)'))).toBe(true);
    expect(result.problems.map((p) => p.line)).toEqual([12, 28, 44, 60, 76, 92]);
    expect(result.problems).toHaveLength(sampleBadRows.length);
  });
});
