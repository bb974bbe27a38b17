import { describe, expect, it } from 'vitest';
import { breakdownCsv, rankedCsv } from './exports.ts';
import { parseCsv } from './csv.ts';
import { dimensionsFor } from './labels.ts';
import { defaultRules, type Pupil } from './model.ts';
import { fixedPlan } from './fixtures/plan.ts';

const read = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error('expected CSV');
  return parsed.table.records;
};

describe('CSV exports of the computed tables', () => {
  it('exports every pupil ranked from the lowest attendance, with figures as numbers', () => {
    const { pupils, traits } = fixedPlan();
    const rows = read(rankedCsv(pupils, traits));
    expect(rows[0]).toEqual([
      'Rank',
      'Pupil reference',
      'School',
      'Year group',
      'Social worker status',
      'SEND status',
      'Sex',
      'Possible sessions',
      'Attended sessions',
      'Sessions missed',
      'Attendance (%)',
      'Band',
    ]);
    expect(rows[1]).toEqual(['1', 'FICT-P3', 'Alder Primary School (fictional)', 'Year 6', 'Child protection', 'EHC plan', 'Female', '380', '190', '190', '50', 'Severe absence']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['FICT-P3', 'FICT-P4', 'FICT-P1', 'FICT-P6', 'FICT-P2', 'FICT-P5']);
    expect(rows[3]![10]).toBe('90');
  });

  it('neutralises hostile cells from an imported file, so opening the export runs nothing', () => {
    const hostile: Pupil = {
      ref: '=HYPERLINK("http://evil.example","x")',
      school: '+cmd|"/c calc"!A1',
      year: '7',
      possible: 10,
      attended: 9,
      status: 'cin',
      send: 'none',
      traits: ['@SUM(1)'],
    };
    const text = rankedCsv([hostile], [{ id: 'col-x', label: '-label' }]);
    const rows = read(text);
    expect(rows[0]![6]).toBe("'-label");
    expect(rows[1]!.slice(1, 3)).toEqual([`'=HYPERLINK("http://evil.example","x")`, `'+cmd|"/c calc"!A1`]);
    expect(rows[1]![6]).toBe("'@SUM(1)");
    expect(rows.flat().some((cell) => /^[=+@\t\r]/.test(cell) || /^-[^\d]/.test(cell))).toBe(false);
  });

  it('exports the whole cohort and every breakdown, with gaps as signed numbers and the flags in words', () => {
    const { pupils, traits } = fixedPlan();
    const rows = read(breakdownCsv(pupils, dimensionsFor(traits), { ...defaultRules, smallGroup: 2 }));
    expect(rows[1]).toEqual(['The whole cohort', '', '6', '74', '0', '4', '66.7', '0', '1', '16.7', '']);
    const cp = rows.find((r) => r[1] === 'Child protection')!;
    expect(cp).toEqual(['Social worker status', 'Child protection', '2', '50.1', '-23.8', '2', '100', '33.3', '1', '50', 'Distinct difference']);
    expect(rows.find((r) => r[1] === 'EHC plan')![10]).toBe('Small group: do not publish');
    expect(rows.map((r) => r[0])).toContain('Sex');
  });
});
