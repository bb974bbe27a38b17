import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLocalNames } from '../../content/schemas/local-names.ts';
import { describeDifference, formatDay, reportText, signedPoints } from './report.ts';
import { defaultRules } from './model.ts';
import { emptyValue } from './state.ts';
import { fixedPlan, reportDate } from './fixtures/plan.ts';

const options = { rules: defaultRules, localNames: { ...defaultLocalNames }, date: reportDate };

describe('the report for a board', () => {
  it('matches the stored text for a fixed plan: figures, lowest attending, breakdowns, people, actions, targets, judgement, sources', () => {
    const expected = readFileSync(join(import.meta.dirname, 'fixtures/report-expected.txt'), 'utf8');
    expect(reportText(fixedPlan(), options)).toBe(expected);
  });

  it('lists at most the number of lowest attending pupils asked for', () => {
    const text = reportText(fixedPlan(), { ...options, lowest: 2 });
    expect(text).toContain('The 2 lowest attending pupils\n1. FICT-P3');
    expect(text).not.toContain('3. FICT-P1');
  });

  it('flags a distinct difference in a group large enough to judge', () => {
    const text = reportText(fixedPlan(), { ...options, rules: { ...defaultRules, smallGroup: 2 } });
    expect(text).toContain('- Child protection: 2 pupils, attendance 50.1% (-23.8 points), persistently absent 100.0% (+33.3 points) [distinct difference]\n');
    expect(text).toContain('- EHC plan: 1 pupil, attendance 50.0% (-24 points), persistently absent 100.0% (+33.3 points) [small group: fewer than 2 pupils, do not publish]\n');
  });

  it('uses the council’s own names for its services', () => {
    const text = reportText(fixedPlan(), { ...options, localNames: { ...defaultLocalNames, virtualSchool: 'Anyshire Virtual School' } });
    expect(text).toContain('– Virtual school (Anyshire Virtual School) (Virtual school caseworkers).');
  });

  it('says what is missing in an empty plan rather than leaving gaps', () => {
    const text = reportText(emptyValue(), options);
    expect(text).toContain('Figures for: Autumn term\n');
    expect(text).toContain('No pupils yet.');
    expect(text.match(/None recorded\./g)).toHaveLength(4);
  });

  it('writes gaps, differences and dates the same way everywhere', () => {
    expect([signedPoints(2.46), signedPoints(-0.04), signedPoints(-3)]).toEqual(['+2.5 points', '0 points', '-3 points']);
    expect([describeDifference(1.25), describeDifference(-0.01), describeDifference(-2)]).toEqual(['1.3 points above', 'On target', '2 points below']);
    expect(formatDay('2026-03-01')).toBe('1 March 2026');
    expect(formatDay('2026-13-45')).toBe('2026-13-45');
  });
});
