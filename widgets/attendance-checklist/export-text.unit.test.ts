import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildShippedView } from './fixtures/shipped.ts';
import { defaultConfig } from './config-defaults.ts';
import { checklistText, formatDate } from './export-text.ts';
import { parseImport } from './transfer.ts';
import { loadSources } from '../shared/sources.ts';
import { attendanceMaths } from './calculator-maths.ts';
import { emptyValue, type ChecklistValue } from './state.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const date = new Date('2026-11-27T10:00:00Z');
const sourceInfo = await loadSources();

function storedValue(): ChecklistValue {
  const result = parseImport(fixture('assessment-file.json'), 'assessment');
  if (!result.ok) throw new Error('the fixture should import');
  return result.value;
}

describe('plain-text export for a case record', () => {
  it('matches the stored expected text for a fixed state', () => {
    const { view } = buildShippedView({ ...defaultConfig });
    expect(checklistText(view, storedValue(), { date, sources: sourceInfo, maths: attendanceMaths })).toBe(fixture('assessment-export.txt'));
  });

  it('writes the date the same way on every machine', () => {
    expect(formatDate(date)).toBe('27 November 2026');
  });

  it('fills the council’s local names and marks its own items, saying they have no source', () => {
    const { view } = buildShippedView({
      ...defaultConfig,
      checklist: 'seven-questions',
      localNames: { ...defaultConfig.localNames, inclusionService: 'the Anyshire Inclusion Hub' },
      extraItems: [{ id: 'panel', text: 'Has {attendanceTeam} taken the case to panel?' }],
    });
    const text = checklistText(view, emptyValue('seven-questions'), { date, sources: sourceInfo, maths: attendanceMaths });
    expect(text).not.toContain('{');
    expect(text).toContain("8. Has the council's attendance support team taken the case to panel? (added by your council)");
    expect(text).toContain('Items added by your council come from local practice, not from these sources.');
    expect(text).toContain(
      "Supporting school attendance: a guide for social workers. Hampshire County Council Virtual School, Undated. Sections: “Supporting Attendance”; “1. What is the child's current attendance?”",
    );
  });

  it('keeps hostile text as it was typed: it is plain text, never markup', () => {
    const { view } = buildShippedView({ ...defaultConfig });
    const value: ChecklistValue = { checklist: 'assessment', items: { 'underlying-issues': { status: 'asked', note: '<img src=x onerror=alert(1)>' } } };
    expect(checklistText(view, value, { date, sources: sourceInfo, maths: attendanceMaths })).toContain('Note: <img src=x onerror=alert(1)>');
  });

  it('leaves out the attendance line until the calculator has complete figures', () => {
    const { view } = buildShippedView({ ...defaultConfig });
    const value: ChecklistValue = {
      checklist: 'assessment',
      items: { 'current-attendance': { status: 'asked', note: '', attendance: { value: { mode: 'sessions', possible: '380', attended: '', percent: '' }, sentence: '' } } },
    };
    expect(checklistText(view, value, { date, sources: sourceInfo, maths: attendanceMaths })).not.toContain('Attendance:');
  });
});
