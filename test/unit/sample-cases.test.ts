/**
 * The fictional sample cases (content/sample-cases/) that presenter mode loads into every
 * widget: each passes its schema, says it is fictional, and each part passes the check of the
 * widget it is for, so no case can be one a widget refuses. A case is turned into widget
 * values by the same function presenter mode uses (src/scripts/presenter-logic.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleCaseSchema } from '../../content/schemas/sample-case.ts';
import { defaultLocalNames } from '../../content/schemas/local-names.ts';
import { sampleValueFor, type SampleCaseData } from '../../src/scripts/presenter-logic.ts';
import { calculateAttendance } from '../../widgets/attendance-calculator/calculator.ts';
import { checkValue as checkChecklist } from '../../widgets/attendance-checklist/state.ts';
import { defaultStatuses } from '../../widgets/attendance-checklist/build-view.ts';
import { checkValue as checkPushPull } from '../../widgets/attendance-push-pull/state.ts';
import { checkValue as checkFourIs } from '../../widgets/attendance-four-is/state.ts';

const root = resolve(import.meta.dirname, '../..');
const caseDir = join(root, 'content/sample-cases');
const caseFiles = readdirSync(caseDir).filter((f) => f.endsWith('.json'));
const checklistDir = join(root, 'content/checklists');

interface ChecklistFile {
  statuses?: { id: string }[];
  groups: { items: { id: string; embed?: string; subItems?: { id: string }[] }[] }[];
}
const checklists = Object.fromEntries(
  readdirSync(checklistDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(checklistDir, f), 'utf8')) as ChecklistFile]),
);

const names = { ...defaultLocalNames, attendanceTeam: 'the Anyshire Attendance Team' };

it('there is at least one sample case', () => {
  expect(caseFiles.length).toBeGreaterThan(0);
});

for (const file of caseFiles) {
  const raw = JSON.parse(readFileSync(join(caseDir, file), 'utf8')) as unknown;
  const sample = raw as SampleCaseData;

  describe(file, () => {
    it('passes the sample-case schema the build uses, and says on screen that it is fictional', () => {
      const parsed = sampleCaseSchema.safeParse(raw);
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
      expect(sample.title).toMatch(/\(fictional\)/);
    });

    it('gives the calculator figures it accepts and can work out', () => {
      const value = sampleValueFor(sample, { tag: 'attendance-calculator', localNames: names }) as { mode: 'sessions'; possible: string; attended: string };
      expect(calculateAttendance(value).ok).toBe(true);
    });

    it('has work for every checklist the kit ships, which the checklist accepts, for items and statuses it has', () => {
      expect(Object.keys(sample.checklists).sort()).toEqual(Object.keys(checklists).sort());
      for (const [id, list] of Object.entries(checklists)) {
        const value = sampleValueFor(sample, { tag: 'attendance-checklist', checklist: id, localNames: names });
        const checked = checkChecklist(value);
        expect(checked.ok, `${id}: ${checked.ok ? '' : checked.reason}`).toBe(true);
        if (!checked.ok) continue;
        const entries = list.groups.flatMap((g) => g.items.flatMap((item) => [item, ...(item.subItems ?? [])]));
        const statuses = (list.statuses ?? defaultStatuses).map((s) => s.id);
        for (const [itemId, state] of Object.entries(checked.value.items)) {
          const entry = entries.find((e) => e.id === itemId);
          expect(entry, `${id} has no item "${itemId}"`).toBeDefined();
          expect(statuses, `${id} → ${itemId}`).toContain(state.status);
          // Figures only where the item shows the calculator, or they would never be seen.
          if (state.attendance) expect((entry as { embed?: string }).embed, `${id} → ${itemId}`).toBe('attendance-calculator');
          expect(state.note, `${id} → ${itemId}`).not.toMatch(/\{\w+\}/);
        }
      }
    });

    it('gives the push and pull explorer a map it accepts, with the council’s names filled in', () => {
      const value = sampleValueFor(sample, { tag: 'attendance-push-pull', localNames: names });
      const checked = checkPushPull(value);
      expect(checked.ok, checked.ok ? '' : checked.reason).toBe(true);
      expect(JSON.stringify(value)).not.toMatch(/\{\w+\}/);
    });

    it('gives the four i’s planner a small cohort it accepts, every pupil reference marked fictional', () => {
      const checked = checkFourIs(sampleValueFor(sample, { tag: 'attendance-four-is', localNames: names }));
      expect(checked.ok, checked.ok ? '' : checked.reason).toBe(true);
      if (!checked.ok) return;
      expect(checked.value.pupils.length).toBeGreaterThan(0);
      expect(checked.value.pupils.length).toBeLessThanOrEqual(30);
      expect(checked.value.pupils.every((p) => p.ref.startsWith('FICT-') && (p.school === '' || p.school.endsWith('(fictional)')))).toBe(true);
    });
  });
}

describe('the sample-case schema', () => {
  const good = JSON.parse(readFileSync(join(caseDir, caseFiles[0]!), 'utf8')) as Record<string, unknown>;
  const issues = (data: unknown) => {
    const parsed = sampleCaseSchema.safeParse(data);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('refuses a case whose title does not say it is fictional, naming the field and the fix', () => {
    expect(issues({ ...good, title: 'Alex, Year 7' })).toEqual(['title: expected the title to say "(fictional)", so no one mistakes the case for a real child']);
  });

  it('refuses a checklist status that is not an id, and a field it does not know', () => {
    expect(issues({ ...good, checklists: { assessment: { 'current-attendance': { status: 'Answered!', note: '' } } } })[0]).toMatch(
      /^checklists\.assessment\.current-attendance\.status: /,
    );
    expect(issues({ ...good, extra: 1 })[0]).toMatch(/extra/);
  });
});

describe('a sample value for a widget the case has nothing for', () => {
  const sample = JSON.parse(readFileSync(join(caseDir, caseFiles[0]!), 'utf8')) as SampleCaseData;
  it('is undefined for a checklist the case does not cover and for an unknown tag', () => {
    expect(sampleValueFor(sample, { tag: 'attendance-checklist', checklist: 'not-a-checklist', localNames: names })).toBeUndefined();
    expect(sampleValueFor(sample, { tag: 'attendance-checklist', checklist: 'constructor', localNames: names })).toBeUndefined();
    expect(sampleValueFor(sample, { tag: 'other-widget', localNames: names })).toBeUndefined();
  });
});
