import { describe, expect, it } from 'vitest';
import { chartModel, chartSize, progress, readPercent, recordTerm } from './impact.ts';
import { dimensionsFor } from './labels.ts';
import { defaultRules, type Pupil, type Recorded, type Target } from './model.ts';

const pupil = (ref: string, possible: number, attended: number, status: Pupil['status']): Pupil => ({
  ref,
  school: 'Oak',
  year: '7',
  possible,
  attended,
  status,
  send: 'none',
  traits: [],
});
const figures = (possible: number, attended: number) => ({ pupils: 1, possible, attended, persistent: 0, severe: 0 });
const target = (about: string, goals: [string, string, string], typed: [string, string, string] = ['', '', '']): Target => ({
  id: 't1',
  about,
  target: { autumn: goals[0], spring: goals[1], summer: goals[2] },
  actual: { autumn: typed[0], spring: typed[1], summer: typed[2] },
});

describe('recording attendance each term', () => {
  it('records the cohort and every group for the term, and a later import replaces only that term', () => {
    // Both persistently absent: B's 90% is exactly the boundary.
    const autumn = [pupil('A', 100, 80, 'cin'), pupil('B', 100, 90, 'lac')];
    const dimensions = dimensionsFor([]);
    const recorded = recordTerm([], 'autumn', autumn, dimensions, defaultRules);
    expect(recorded.find((r) => r.about === 'cohort')).toEqual({ term: 'autumn', about: 'cohort', figures: { pupils: 2, possible: 200, attended: 170, persistent: 2, severe: 0 } });
    expect(recorded.find((r) => r.about === 'status=lac')!.figures.attended).toBe(90);
    expect(recorded.map((r) => r.about)).toEqual(['cohort', 'status=cin', 'status=lac', 'send=none', 'year=7', 'school=Oak']);

    const spring = [pupil('A', 200, 190, 'cin'), pupil('B', 200, 180, 'lac')];
    const both = recordTerm(recorded, 'spring', spring, dimensions, defaultRules);
    expect(both.filter((r) => r.term === 'autumn')).toEqual(recorded);
    expect(both.find((r) => r.term === 'spring' && r.about === 'cohort')!.figures.attended).toBe(370);

    const again = recordTerm(both, 'spring', [pupil('A', 10, 5, 'cin')], dimensions, defaultRules);
    expect(again.filter((r) => r.term === 'spring').map((r) => r.about)).toEqual(['cohort', 'status=cin', 'send=none', 'year=7', 'school=Oak']);
    expect(recordTerm(again, 'spring', [], dimensions, defaultRules).some((r) => r.term === 'spring')).toBe(false);
  });
});

describe('progress against target, term by term', () => {
  const recorded: Recorded[] = [
    { term: 'autumn', about: 'cohort', figures: figures(1000, 880) },
    { term: 'spring', about: 'cohort', figures: figures(1000, 905) },
    { term: 'autumn', about: 'status=lac', figures: figures(100, 95) },
  ];

  it('compares the recorded figure with the target: difference in points and whether it was met', () => {
    const rows = progress(target('cohort', ['90', '90.5', '92%']), recorded);
    expect(rows.map((r) => [r.term, r.target, r.actual, r.source, r.met])).toEqual([
      ['autumn', 90, 88, 'cohort', false],
      ['spring', 90.5, 90.5, 'cohort', true],
      ['summer', 92, undefined, undefined, undefined],
    ]);
    expect(rows[0]!.difference).toBeCloseTo(-2, 9);
    expect(rows[1]!.difference).toBeCloseTo(0, 9);
  });

  it('uses a typed figure only for a term with no recorded cohort figure', () => {
    const rows = progress(target('cohort', ['', '', ''], ['70', '70', '93']), recorded);
    expect(rows.map((r) => [r.actual, r.source])).toEqual([
      [88, 'cohort'],
      [90.5, 'cohort'],
      [93, 'typed'],
    ]);
  });

  it('asks whether a target below attendance already recorded is ambitious enough', () => {
    const rows = progress(target('cohort', ['89', '87', '95']), recorded);
    expect(rows.map((r) => r.belowEarlier)).toEqual([false, true, false]);
  });

  it('marks a target that is not a percentage, and reads percentages as people type them', () => {
    expect(progress(target('cohort', ['ninety', '', '101']), recorded).map((r) => r.targetInvalid)).toEqual([true, false, true]);
    expect(['90', ' 90.5 ', '90%', '100', '0'].map(readPercent)).toEqual([90, 90.5, 90, 100, 0]);
    expect(['', '-1', '100.1', '9e1', '90,5', 'abc'].map(readPercent)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('the chart', () => {
  const { left, right, top, bottom, width, height } = { ...chartSize, right: chartSize.width - chartSize.right, bottom: chartSize.height - chartSize.bottom };

  it('places a point for each value: terms across, attendance up from the scale’s floor to 100%', () => {
    const model = chartModel(progress(target('cohort', ['90', '95', '100']), [{ term: 'autumn', about: 'cohort', figures: figures(100, 85) }]));
    expect([model.width, model.height]).toEqual([width, height]);
    const step = (right - left) / 3;
    const y = (v: number) => bottom - ((v - 80) / 20) * (bottom - top);
    expect(model.ticks.map((t) => t.value)).toEqual([80, 90, 100]);
    expect(model.target.map((p) => [p.term, p.x, p.y])).toEqual([
      ['autumn', left + step / 2, y(90)],
      ['spring', left + step * 1.5, y(95)],
      ['summer', left + step * 2.5, y(100)],
    ]);
    expect(model.actual.map((p) => [p.term, p.value, p.y])).toEqual([['autumn', 85, y(85)]]);
    expect(model.targetPath).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
    expect(model.actualPath).toMatch(/^M[\d.]+ [\d.]+$/);
  });

  it('lowers the scale to show a low value, and breaks a line across a term with no figure', () => {
    const model = chartModel(progress(target('cohort', ['45', '', '70']), []));
    expect(model.ticks[0]!.value).toBe(40);
    expect(model.targetPath.split(' ').filter((part) => part.startsWith('M'))).toHaveLength(2);
    expect(model.targetPath).not.toContain('L');
    expect(chartModel(progress(target('cohort', ['', '', '']), [])).target).toEqual([]);
  });
});
