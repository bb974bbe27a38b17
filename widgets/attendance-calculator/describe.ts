import { formatMessage, formatNumber } from '../shared/strings.ts';
import { calculatorStrings as strings } from './strings.ts';
import { describeWeeks, formatPercentValue, type AbsenceBand, type AttendanceFigures, type CalculatorError } from './calculator.ts';

/** Words for the calculator's figures, kept apart from rendering so they can be tested and reused in exports. */

export function bandLabel(band: AbsenceBand): string {
  return band === 'severe' ? strings.bandSevere : band === 'persistent' ? strings.bandPersistent : strings.bandNone;
}

export function bandExplanation(band: AbsenceBand): string {
  return band === 'severe' ? strings.bandExplainSevere : band === 'persistent' ? strings.bandExplainPersistent : strings.bandExplainNone;
}

export function daysText(days: number): string {
  return formatMessage(strings.days, { count: formatNumber(days, 1) });
}

function weeksText(weeks: number): string {
  const phrase = describeWeeks(weeks);
  switch (phrase.kind) {
    case 'none':
      return '';
    case 'under-one':
      return strings.weeksUnderOne;
    case 'exactly':
      return formatMessage(strings.weeksExactly, { count: phrase.weeks });
    case 'nearly':
      return formatMessage(strings.weeksNearly, { count: phrase.weeks });
    case 'over':
      return formatMessage(strings.weeksOver, { count: phrase.weeks });
  }
}

/** The plain-English sentence, in days, for talking with the family. */
export function attendanceSentence(figures: AttendanceFigures): string {
  if (figures.sessionsMissed === 0) return strings.sentenceNone;
  const params = {
    percent: formatPercentValue(figures.attendancePercent),
    days: daysText(figures.daysMissed),
    weeks: weeksText(figures.weeksMissed),
  };
  if (figures.overFullYear) return formatMessage(strings.sentencePercent, params);
  return formatMessage(strings.sentenceSessions, {
    ...params,
    attended: formatNumber(figures.possibleSessions - figures.sessionsMissed, 0),
    possible: formatNumber(figures.possibleSessions, 0),
  });
}

export function errorText(error: CalculatorError): string {
  const template = strings.errors[error.code][error.field];
  return formatMessage(template, error.code === 'more-than-possible' ? { possible: error.possible } : {});
}
