/**
 * The computed tables as CSV for a spreadsheet: the pupils ranked from the lowest
 * attendance, and every breakdown. Text cells go through toCsv, which neutralises formulas,
 * so a hostile value from an imported file cannot run when the export is opened. Only
 * downloadText touches the page.
 */
import { bandForSessions, formatPercentValue } from '../attendance-calculator/calculator.ts';
import { bandLabel } from '../attendance-calculator/describe.ts';
import { attendanceRate, breakdown, persistentRate, pupilRate, rankLowest, severeRate, summarise, type BreakdownRules, type Dimension } from './analysis.ts';
import type { Pupil, Trait } from './model.ts';
import { toCsv } from './csv.ts';
import { valueLabel } from './labels.ts';
import { downloadBlob } from '../shared/export.ts';
import { strings } from './strings.ts';

/** A percentage or a gap as a number with one decimal place (more where rounding would cross a band boundary). */
const percent = (value: number) => Number(formatPercentValue(value));
const points = (value: number) => Math.round(value * 10) / 10;

export function rankedCsv(pupils: readonly Pupil[], traits: readonly Trait[]): string {
  const f = strings.fieldNames;
  const header = [
    strings.rank,
    f.ref,
    f.school,
    f.year,
    f.status,
    f.send,
    ...traits.map((t) => t.label),
    f.possible,
    f.attended,
    strings.missed,
    `${strings.attendance} (%)`,
    strings.band,
  ];
  const rows = rankLowest(pupils).map((p, i) => [
    i + 1,
    p.ref,
    p.school,
    valueLabel('year', p.year),
    valueLabel('status', p.status),
    valueLabel('send', p.send),
    ...p.traits,
    p.possible,
    p.attended,
    p.possible - p.attended,
    percent(pupilRate(p)),
    bandLabel(bandForSessions(p.possible - p.attended, p.possible)),
  ]);
  return toCsv([header, ...rows]);
}

export function breakdownCsv(pupils: readonly Pupil[], dimensions: readonly Dimension[], rules: BreakdownRules): string {
  const cohort = summarise(pupils);
  const header = [
    strings.breakdownBy,
    strings.group,
    strings.pupils,
    `${strings.attendance} (%)`,
    strings.gapPoints,
    strings.persistent,
    `${strings.persistent} (%)`,
    strings.gapPoints,
    strings.severe,
    `${strings.severe} (%)`,
    strings.notes,
  ];
  const rows: (string | number)[][] = [
    [
      strings.aboutCohort,
      '',
      cohort.pupils,
      percent(attendanceRate(cohort)),
      0,
      cohort.persistent,
      percent(persistentRate(cohort)),
      0,
      cohort.severe,
      percent(severeRate(cohort)),
      '',
    ],
  ];
  for (const dimension of dimensions) {
    const result = breakdown(pupils, dimension, cohort, rules);
    if (result.tooMany) rows.push([dimension.label, '', '', '', '', '', '', '', '', '', strings.tooManyGroups]);
    for (const g of result.groups) {
      rows.push([
        dimension.label,
        valueLabel(dimension.id, g.value),
        g.figures.pupils,
        percent(attendanceRate(g.figures)),
        points(g.attendanceGap),
        g.figures.persistent,
        percent(persistentRate(g.figures)),
        points(g.persistentGap),
        g.figures.severe,
        percent(severeRate(g.figures)),
        [g.distinct ? strings.distinct : '', g.small ? strings.small : ''].filter(Boolean).join('; '),
      ]);
    }
  }
  return toCsv([header, ...rows]);
}

/** Offers CSV text as a file to save; it starts with a byte-order mark so spreadsheets read it as UTF-8. */
export function downloadText(filename: string, text: string): void {
  downloadBlob(filename, new Blob([`\uFEFF${text}`], { type: 'text/csv;charset=utf-8' }));
}
