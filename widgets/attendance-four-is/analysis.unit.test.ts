import { describe, expect, it } from 'vitest';
import { attendanceRate, breakdown, compareGroup, groupKey, maxGroups, persistentRate, pupilsIn, rankLowest, severeRate, summarise, type Dimension } from './analysis.ts';
import { dimensionsFor } from './labels.ts';
import { defaultRules, type Pupil } from './model.ts';

const pupil = (ref: string, possible: number, attended: number, extra: Partial<Pupil> = {}): Pupil => ({
  ref,
  school: 'Oak (fictional)',
  year: '7',
  possible,
  attended,
  status: 'cin',
  send: 'none',
  traits: [],
  ...extra,
});

const byStatus: Dimension = { id: 'status', label: 'Social worker status', valueOf: (p) => p.status, order: ['cin', 'cp', 'lac', 'plac'] };
const byTrait: Dimension = { id: 'group', label: 'Group', valueOf: (p) => p.traits[0] ?? '' };

// Worked by hand: see each figure's comment.
const handWorked = [
  pupil('P1', 380, 342, { status: 'cin' }), // 90.0%: missed 38 of 380 = 10% exactly, persistent
  pupil('P2', 380, 343, { status: 'cin' }), // 90.26%: missed 37 = 9.7%, not persistent
  pupil('P3', 380, 190, { status: 'cp' }), // 50%: missed 50% exactly, severe (and persistent)
  pupil('P4', 380, 191, { status: 'cp' }), // 50.26%: persistent, not severe
  pupil('P5', 100, 100, { status: 'lac' }), // 100%
  pupil('P6', 200, 180, { status: 'lac' }), // 90%: missed 20 of 200 = 10%, persistent
];

describe('attendance, persistent and severe absence, by the official definitions', () => {
  it('works out the whole cohort: sessions added up, pupils counted at their exact boundaries', () => {
    const cohort = summarise(handWorked);
    expect(cohort).toEqual({ pupils: 6, possible: 1820, attended: 1346, persistent: 4, severe: 1 });
    expect(attendanceRate(cohort)).toBeCloseTo((1346 / 1820) * 100, 10);
    expect(persistentRate(cohort)).toBeCloseTo((4 / 6) * 100, 10);
    expect(severeRate(cohort)).toBeCloseTo((1 / 6) * 100, 10);
  });

  it('works out each group, with its gap to the whole cohort in percentage points', () => {
    const cohort = summarise(handWorked);
    const result = breakdown(handWorked, byStatus, cohort, { ...defaultRules, smallGroup: 2 });
    expect(result.groups.map((g) => [g.value, g.figures])).toEqual([
      ['cin', { pupils: 2, possible: 760, attended: 685, persistent: 1, severe: 0 }],
      ['cp', { pupils: 2, possible: 760, attended: 381, persistent: 2, severe: 1 }],
      ['lac', { pupils: 2, possible: 300, attended: 280, persistent: 1, severe: 0 }],
    ]);
    const cohortRate = (1346 / 1820) * 100;
    expect(result.groups[0]!.attendanceGap).toBeCloseTo((685 / 760) * 100 - cohortRate, 10);
    expect(result.groups[1]!.attendanceGap).toBeCloseTo((381 / 760) * 100 - cohortRate, 10);
    expect(result.groups[1]!.persistentGap).toBeCloseTo(100 - (4 / 6) * 100, 10);
    expect(result.groups.map((g) => g.distinct)).toEqual([false, true, false]);
  });

  it('ranks the lowest attending first; equal rates put more sessions missed first, then the reference', () => {
    const ranked = rankLowest([...handWorked, pupil('Q1', 200, 100), pupil('Q0', 200, 100), pupil('Q2', 100, 50)]);
    expect(ranked.map((p) => p.ref)).toEqual(['P3', 'Q0', 'Q1', 'Q2', 'P4', 'P1', 'P6', 'P2', 'P5']);
  });
});

describe('flagging distinct differences and small groups', () => {
  const rules = defaultRules;
  const group = (name: string, count: number, possible: number, attended: number) =>
    Array.from({ length: count }, (_, i) => pupil(`${name}${i}`, possible, attended, { traits: [name] }));

  it('flags a group whose attendance is 3 or more points below the cohort’s, and not one 2.95 points below', () => {
    const exact = [...group('A', 10, 100, 94), ...group('B', 10, 100, 100)]; // cohort 97%, A 94%: exactly 3 below
    const a = breakdown(exact, byTrait, summarise(exact), rules).groups[0]!;
    expect([a.value, a.attendanceGap, a.distinct]).toEqual(['A', expect.closeTo(-3, 9), true]);
    const near = [...group('A', 10, 1000, 941), ...group('B', 10, 1000, 1000)]; // 94.1% against 97.05%
    expect(breakdown(near, byTrait, summarise(near), rules).groups[0]!.distinct).toBe(false);
  });

  it('flags a group whose persistent absence rate is 10 or more points above the cohort’s', () => {
    const a = [...group('A', 8, 100, 100), ...group('A2', 2, 100, 90).map((p) => ({ ...p, traits: ['A'] }))];
    const b = group('B', 10, 100, 100);
    const cohort = summarise([...a, ...b]); // persistent: 2 of 20 = 10%; A: 2 of 10 = 20%
    const groups = breakdown([...a, ...b], byTrait, cohort, rules).groups;
    expect(groups[0]!.persistentGap).toBeCloseTo(10, 9);
    expect(groups[0]!.attendanceGap).toBeCloseTo(-1, 9);
    expect(groups[0]!.distinct).toBe(true);
    // One persistently absent pupil in A: 10% against the cohort's 5%, only 5 points above.
    const fewer = [...group('A', 9, 100, 100), pupil('AP', 100, 90, { traits: ['A'] }), ...b];
    const onlyFive = breakdown(fewer, byTrait, summarise(fewer), rules).groups[0]!;
    expect([onlyFive.persistentGap, onlyFive.distinct]).toEqual([expect.closeTo(5, 9), false]);
  });

  it('warns that a group of fewer than 5 pupils (or the council’s number) is small, and does not judge it', () => {
    const people = [...group('A', 4, 100, 10), ...group('B', 5, 100, 100), ...group('C', 20, 100, 100)];
    const groups = breakdown(people, byTrait, summarise(people), rules).groups;
    expect(groups.map((g) => [g.value, g.small, g.distinct])).toEqual([
      ['A', true, false],
      ['B', false, false],
      ['C', false, false],
    ]);
    expect(breakdown(people, byTrait, summarise(people), { ...rules, smallGroup: 6 }).groups.map((g) => g.small)).toEqual([true, true, false]);
  });

  it('applies a council’s own points for a distinct difference', () => {
    const figures = summarise(group('A', 10, 100, 95));
    const cohort = summarise(group('B', 10, 100, 100));
    expect(compareGroup(figures, cohort, rules).distinct).toBe(true);
    expect(compareGroup(figures, cohort, { ...rules, attendancePoints: 6 }).distinct).toBe(false);
  });
});

describe('groups', () => {
  it('orders groups by the dimension’s own order, then alphabetically, not recorded last', () => {
    const people = [
      pupil('1', 10, 9, { traits: ['Zulu'] }),
      pupil('2', 10, 9, { traits: [''] }),
      pupil('3', 10, 9, { traits: ['Alpha'] }),
      pupil('4', 10, 9, { traits: ['Year 10'] }),
      pupil('5', 10, 9, { traits: ['Year 9'] }),
    ];
    expect(breakdown(people, byTrait, summarise(people), defaultRules).groups.map((g) => g.value)).toEqual(['Alpha', 'Year 9', 'Year 10', 'Zulu', '']);
    const statuses = [pupil('1', 10, 9, { status: 'plac' }), pupil('2', 10, 9, { status: 'cin' }), pupil('3', 10, 9, { status: 'lac' })];
    expect(breakdown(statuses, byStatus, summarise(statuses), defaultRules).groups.map((g) => g.value)).toEqual(['cin', 'lac', 'plac']);
  });

  it('says a column of near-unique values has too many groups instead of listing them', () => {
    const people = Array.from({ length: maxGroups + 1 }, (_, i) => pupil(`P${i}`, 10, 9, { traits: [`value ${i}`] }));
    expect(breakdown(people, byTrait, summarise(people), defaultRules)).toMatchObject({ tooMany: true, groups: [] });
  });

  it('finds the pupils of a group by its key, and every pupil for the cohort', () => {
    const dimensions = dimensionsFor([{ id: 'sex', label: 'Sex' }]);
    const people = [pupil('1', 10, 9, { status: 'lac', traits: ['F'] }), pupil('2', 10, 9, { traits: ['M'] })];
    expect(pupilsIn(people, dimensions, groupKey('status', 'lac')).map((p) => p.ref)).toEqual(['1']);
    expect(pupilsIn(people, dimensions, 'sex=M').map((p) => p.ref)).toEqual(['2']);
    expect(pupilsIn(people, dimensions, 'cohort')).toHaveLength(2);
    expect(pupilsIn(people, dimensions, 'nothing=x')).toEqual([]);
  });
});
