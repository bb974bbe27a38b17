/**
 * The plan as plain text for a board or a report: the figures, the lowest attending, every
 * breakdown with its flags, who is involved, the actions, the targets term by term and the
 * judgement, then the definitions and sources. Plain text, so it pastes into anything; the
 * print view shows the same text. No DOM here.
 */
import { bandForSessions, formatPercentValue } from '../attendance-calculator/calculator.ts';
import { bandLabel } from '../attendance-calculator/describe.ts';
import type { LocalNames } from '../../content/schemas/local-names.ts';
import { formatMessage, formatNumber } from '../shared/strings.ts';
import { attendanceRate, breakdown, persistentRate, pupilRate, rankLowest, severeRate, summarise, type BreakdownRules, type Figures } from './analysis.ts';
import { progress } from './impact.ts';
import { aboutLabel, dimensionsFor, valueLabel } from './labels.ts';
import { levelLabel, roleLabel } from './plan-data.ts';
import type { FourIsValue } from './state.ts';
import { strings } from './strings.ts';
import { laterStrings } from './later-strings.ts';

const r = laterStrings.report;

export interface ReportOptions {
  rules: BreakdownRules;
  localNames: LocalNames;
  date: Date;
  /** How many of the lowest attending pupils to list. */
  lowest?: number;
}

const rate = (value: number) => `${formatPercentValue(value)}%`;
/** A gap in percentage points with its sign: "+2.5 points", "-4 points". */
export const signedPoints = (value: number) => {
  const rounded = Math.round(value * 10) / 10;
  return formatMessage(r.gap, { points: `${rounded > 0 ? '+' : rounded < 0 ? '-' : ''}${formatNumber(Math.abs(rounded), 1)}` });
};
const countRate = (count: number, value: number) => formatMessage(strings.countRate, { count: formatNumber(count, 0), rate: rate(value) });

/** "3 November 2026" from "2026-11-03", the same in every time zone. */
export function formatDay(day: string | Date): string {
  const date = typeof day === 'string' ? new Date(`${day}T00:00:00Z`) : day;
  // A day that does not exist ("2026-13-45" in an imported plan) is shown as it was written, rather than stopping the page.
  if (Number.isNaN(date.getTime())) return typeof day === 'string' ? day : '';
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: typeof day === 'string' ? 'UTC' : undefined }).format(date);
}

/** Today on this device, as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function summaryText(figures: Figures): string {
  return formatMessage(r.summary, {
    pupils: formatNumber(figures.pupils, 0),
    attendance: rate(attendanceRate(figures)),
    persistent: countRate(figures.persistent, persistentRate(figures)),
    severe: countRate(figures.severe, severeRate(figures)),
  });
}

export function reportText(value: FourIsValue, options: ReportOptions): string {
  const { rules, localNames } = options;
  const dimensions = dimensionsFor(value.traits);
  const about = (key: string) => aboutLabel(key, dimensions);
  const today = isoDay(options.date);
  const lines: string[] = [
    r.title,
    formatMessage(r.date, { date: formatDay(options.date) }),
    formatMessage(r.figuresFor, { term: strings.termNames[value.term], year: value.year.trim() ? formatMessage(r.yearSuffix, { year: value.year.trim() }) : '' }),
    '',
    strings.questions.identify,
  ];

  if (value.pupils.length === 0) lines.push(strings.emptyCohort);
  else {
    const cohort = summarise(value.pupils);
    lines.push(summaryText(cohort), '');
    const lowest = rankLowest(value.pupils).slice(0, options.lowest ?? 10);
    lines.push(formatMessage(r.lowest, { count: lowest.length }));
    lowest.forEach((p, i) =>
      lines.push(
        formatMessage(r.pupilLine, {
          rank: i + 1,
          ref: p.ref,
          school: p.school || strings.notRecorded,
          year: valueLabel('year', p.year),
          status: valueLabel('status', p.status),
          rate: rate(pupilRate(p)),
          band: bandLabel(bandForSessions(p.possible - p.attended, p.possible)),
        }),
      ),
    );
    for (const dimension of dimensions) {
      const result = breakdown(value.pupils, dimension, cohort, rules);
      lines.push('', formatMessage(r.breakdownBy, { dimension: dimension.label }));
      if (result.tooMany) lines.push(strings.tooManyGroups);
      for (const g of result.groups) {
        const flags = (g.distinct ? r.flagDistinct : '') + (g.small ? formatMessage(r.flagSmall, { small: rules.smallGroup }) : '');
        lines.push(
          formatMessage(r.groupLine, {
            group: valueLabel(dimension.id, g.value),
            count: g.figures.pupils,
            attendance: rate(attendanceRate(g.figures)),
            gap: signedPoints(g.attendanceGap),
            persistent: rate(persistentRate(g.figures)),
            persistentGap: signedPoints(g.persistentGap),
          }) + flags,
        );
      }
    }
    lines.push('', formatMessage(r.rule, { attendance: rules.attendancePoints, persistent: rules.persistentPoints, small: rules.smallGroup }));
  }

  lines.push('', strings.questions.intelligence);
  if (value.involvement.length === 0) lines.push(r.none);
  for (const e of value.involvement) {
    lines.push(
      formatMessage(r.involvementLine, {
        about: about(e.about),
        role: roleLabel(e.role, localNames),
        who: e.who.trim() ? ` (${e.who.trim()})` : '',
        knows: oneLine(e.knows),
        contact: e.lastContact ? formatMessage(r.lastContact, { date: formatDay(e.lastContact) }) : '',
      }).trimEnd(),
    );
  }

  lines.push('', strings.questions.intervention);
  if (value.actions.length === 0) lines.push(r.none);
  for (const a of value.actions) {
    lines.push(
      formatMessage(r.actionLine, {
        status: laterStrings.actionStatuses[a.status],
        overdue: a.status !== 'done' && a.due && a.due < today ? r.overduePart : '',
        about: about(a.about),
        text: ensureStop(oneLine(a.text)),
        role: roleLabel(a.role, localNames),
        owner: a.owner.trim() ? formatMessage(r.ownerPart, { owner: a.owner.trim() }) : '',
        due: a.due ? formatMessage(r.duePart, { date: formatDay(a.due) }) : '',
        level: levelLabel(a.level, a.party),
      }),
    );
  }

  lines.push('', strings.questions.impact);
  if (value.targets.length === 0) lines.push(r.none);
  for (const target of value.targets) {
    lines.push(formatMessage(r.targetHeading, { about: about(target.about) }));
    for (const row of progress(target, value.recorded)) {
      const difference = row.difference === undefined ? '' : ` (${describeDifference(row.difference)})`;
      lines.push(
        formatMessage(r.targetLine, {
          term: strings.termNames[row.term],
          target: row.target === undefined ? r.noValue : rate(row.target),
          actual: row.actual === undefined ? r.noActual : rate(row.actual) + (row.source === 'typed' ? r.typed : ''),
          difference,
        }),
      );
    }
  }
  lines.push('', r.judgement, value.judgement.trim() ? value.judgement.replace(/\r\n?/g, '\n').trim() : r.none, '', r.definitions, r.sources);
  return lines.join('\n') + '\n';
}

/** The difference between actual and target in words: "2.7 points below", "On target". */
export function describeDifference(difference: number): string {
  const rounded = Math.round(difference * 10) / 10;
  if (rounded === 0) return laterStrings.onTarget;
  return formatMessage(rounded > 0 ? laterStrings.pointsAbove : laterStrings.pointsBelow, { points: formatNumber(Math.abs(rounded), 1) });
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const ensureStop = (text: string) => (text && !/[.!?]$/.test(text) ? `${text}.` : text);
