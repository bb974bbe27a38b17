/**
 * What the cohort can be broken down by, and the words for groups, pupils and "about"
 * (what a note, action or target is about). No DOM here.
 */
import { formatMessage } from '../shared/strings.ts';
import type { Dimension } from './analysis.ts';
import { sendStatuses, socialWorkerStatuses, type Pupil, type Trait } from './model.ts';
import { strings } from './strings.ts';

const yearOrder = ['N', 'R', ...Array.from({ length: 14 }, (_, i) => String(i + 1))];

/** The fields every pupil has, then the cohort's characteristics in column order. */
export function dimensionsFor(traits: readonly Trait[]): Dimension[] {
  return [
    { id: 'status', label: strings.fieldNames.status, valueOf: (p: Pupil) => p.status, order: socialWorkerStatuses },
    { id: 'send', label: strings.fieldNames.send, valueOf: (p: Pupil) => p.send, order: sendStatuses },
    { id: 'year', label: strings.fieldNames.year, valueOf: (p: Pupil) => p.year, order: yearOrder },
    { id: 'school', label: strings.fieldNames.school, valueOf: (p: Pupil) => p.school },
    ...traits.map((trait, i) => ({ id: trait.id, label: trait.label, valueOf: (p: Pupil) => p.traits[i] ?? '' })),
  ];
}

/** A group's value in words: "Looked after", "Year 7", "Not recorded". */
export function valueLabel(dimensionId: string, value: string): string {
  if (dimensionId === 'status') return strings.statusNames[value as keyof typeof strings.statusNames] ?? value;
  if (dimensionId === 'send') return strings.sendNames[value as keyof typeof strings.sendNames] ?? value;
  if (value === '') return strings.notRecorded;
  if (dimensionId === 'year') return value === 'N' || value === 'R' ? strings.yearNames[value] : formatMessage(strings.yearNames.other, { year: value });
  return value;
}

/** What a note, action or target is about, in words: "The whole cohort", "Pupil AB12", "Social worker status: Looked after". */
export function aboutLabel(about: string, dimensions: readonly Dimension[]): string {
  if (about === 'cohort') return strings.aboutCohort;
  const at = about.indexOf('=');
  const kind = about.slice(0, at);
  const value = about.slice(at + 1);
  if (kind === 'pupil') return formatMessage(strings.aboutPupilValue, { ref: value });
  const dimension = dimensions.find((d) => d.id === kind);
  return `${dimension?.label ?? kind}: ${valueLabel(kind, value)}`;
}
