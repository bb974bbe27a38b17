import type { PluralMessage } from '../shared/strings.ts';

/**
 * The words of the planner's first step (Identify), its exports and what every step shares,
 * in one place for councils and translators. The few words on screen before the steps load
 * (the heading, the tabs, saving and the plan's file) are in shell-strings.ts, and those of the
 * later steps and the report in later-strings.ts, so that a planner opens without them:
 * translate all three. Role names are content (content/four-is-roles.json); the levels of support
 * come from content/responsibilities.json; the attendance bands and the calculator's own
 * messages come from the calculator.
 */
export const strings = {
  questions: {
    identify: 'Identify: who are the lowest attending pupils?',
    intelligence: 'Intelligence: who is involved?',
    intervention: 'Intervention: who should be involved?',
    impact: 'Impact: what difference are we making?',
  },
  // Identify
  identifyHint:
    'Use pseudonymous references, never names. A CSV export from your system works as it is: its columns are matched by their headers, and you can check the matches before anything loads.',
  termLegend: 'The attendance figures are for',
  termHint: 'Choose the term before you import. The cohort’s figures are recorded as that term’s; the other terms keep theirs.',
  termNames: { autumn: 'Autumn term', spring: 'Spring term', summer: 'Summer term' },
  fileLabel: 'Import a CSV file',
  fileHint:
    'The file is read on this device and never uploaded. Columns: pupil reference, school, year group, possible sessions, attended sessions, social worker status, SEND status, and any characteristics. Importing replaces the cohort on screen.',
  pasteSummary: 'Or paste the rows',
  pasteLabel: 'Rows copied from a spreadsheet, with the header row',
  pasteRead: 'Read the pasted rows',
  previewHeading: 'Check the columns',
  readAsWindows1252:
    'This file was not saved as UTF-8, so it was read as Western European (Windows-1252) text. Check that names with accents look right in the first row below; if they do not, save the file as "CSV UTF-8" in your spreadsheet and import it again.',
  previewIntro: {
    one: 'Found 1 row in %{name}. Check what each column is used as, then load it.',
    other: 'Found %{count} rows in %{name}. Check what each column is used as, then load them.',
  } satisfies PluralMessage,
  pastedName: 'the pasted rows',
  previewCaption: 'Columns in the file',
  columnHeader: 'Column',
  sampleHeader: 'First row',
  useHeader: 'Used as',
  useLabel: 'Use of column “%{column}”',
  useIgnore: 'Not loaded',
  useKeep: 'Keep as a characteristic',
  previewIgnored: 'Columns marked “Not loaded” stay out of the planner. Keep a column only if you need to break the cohort down by it.',
  previewOptional: 'No column for %{field}: it will read “not recorded” for every pupil.',
  mappingMissing: 'Choose the column that holds %{field}.',
  mappingTwice: '“%{use}” is chosen for more than one column (%{columns}). Choose it for one.',
  load: 'Load the rows',
  cancel: 'Cancel',
  cancelled: 'The import was cancelled. Nothing was changed.',
  loaded: {
    one: 'Loaded 1 pupil from %{name}.',
    other: 'Loaded %{count} pupils from %{name}.',
  } satisfies PluralMessage,
  notLoaded: {
    one: '1 row was not loaded. Correct it in the file and import again:',
    other: '%{count} rows were not loaded. Correct them in the file and import again:',
  } satisfies PluralMessage,
  allLoaded: 'Every row was loaded.',
  blankRows: { one: '1 blank row was passed over.', other: '%{count} blank rows were passed over.' } satisfies PluralMessage,
  moreProblems: { one: 'And 1 more row.', other: 'And %{count} more rows.' } satisfies PluralMessage,
  typedRow: 'The pupil was not added: %{reasons}',
  importPartFailed: 'The part of the planner that reads a cohort did not load. Check your connection to this site, then try again. Nothing was changed.',

  addSummary: 'Add a pupil by hand',
  addButton: 'Add the pupil',
  added: 'Added %{ref}. The cohort has %{count} pupils.',
  removed: 'Removed %{ref}. The cohort has %{count} pupils.',
  remove: 'Remove',
  statusOptionNone: 'Choose a status',
  fieldNames: {
    ref: 'Pupil reference',
    school: 'School',
    year: 'Year group',
    possible: 'Possible sessions',
    attended: 'Attended sessions',
    status: 'Social worker status',
    send: 'SEND status',
    trait: 'A characteristic',
  },
  refHint: 'A pseudonymous reference, never a name.',
  yearHint: 'Nursery, Reception, or 1 to 14.',

  statusNames: { cin: 'Child in need', cp: 'Child protection', lac: 'Looked after', plac: 'Previously looked after' },
  sendNames: { none: 'No SEND', 'sen-support': 'SEN support', ehcp: 'EHC plan', unknown: 'Not recorded' },
  yearNames: { N: 'Nursery', R: 'Reception', other: 'Year %{year}' },
  notRecorded: 'Not recorded',

  emptyCohort: 'No pupils yet. Import a file, paste rows or add a pupil by hand.',
  cohortHeading: 'The cohort',
  pupils: 'Pupils',
  attendance: 'Attendance',
  persistent: 'Persistently absent',
  persistentHint: 'missing 10% or more of possible sessions, severe absence included',
  severe: 'Severely absent',
  severeHint: 'missing 50% or more',
  countRate: '%{count} (%{rate})',
  definitions:
    'Attendance is sessions attended divided by possible sessions; a group’s attendance adds up all its pupils’ sessions. Bands use the Department for Education definitions.',

  rankedHeading: 'Lowest attending',
  rankedCaption: 'Pupils from the lowest attendance: %{from} to %{to} of %{count}',
  rank: 'Rank',
  missed: 'Sessions missed',
  band: 'Band',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: 'Page %{page} of %{pages}',
  pageAnnounce: 'Pupils %{from} to %{to} of %{count}',
  breakdownHeading: 'Breakdown by group',
  breakdownBy: 'Break down by',
  breakdownCaption: 'Attendance by group: %{dimension}',
  group: 'Group',
  gapPoints: 'Gap to cohort (points)',
  notes: 'Note',
  distinct: 'Distinct difference',
  small: 'Small group: do not publish',
  tooManyGroups: 'This column has over 200 different values, too many to break down.',
  rule: 'The planner’s rule, not an official one: a distinct difference is a group of at least %{small} pupils whose attendance is %{attendance} or more percentage points below the whole cohort’s, or whose persistent absence rate is %{persistent} or more points above it. A group of fewer than %{small} pupils is marked small: publishing its figures could identify a child.',
  senior:
    'Senior leaders should track attendance across protected characteristics and act where there are distinct differences in rates (DfE, Senior leaders and practice supervisors, 2026).',
  downloadRanked: 'Download the ranked table (CSV)',
  downloadBreakdown: 'Download the breakdowns (CSV)',
  csvDownloaded: 'The file is in your downloads. It holds pupils’ details: keep it as safely as the case records.',
  csvPartFailed: 'The part of the planner that writes CSV files did not load. Check your connection to this site, then try again.',

  aboutCohort: 'The whole cohort',
  aboutPupilValue: 'Pupil %{ref}',
} as const;

export type Strings = typeof strings;
