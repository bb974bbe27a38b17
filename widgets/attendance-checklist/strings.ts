import type { PluralMessage } from '../shared/strings.ts';

/**
 * Every word `attendance-checklist` shows or exports, in one place for councils and
 * translators (with file-strings.ts, the messages about imported files, which load with the
 * code that reads them). The checklists' own words (titles, questions, statuses) are content,
 * in content/checklists/.
 */
export const checklistStrings = {
  progress: '%{done} of %{total} %{doneLabel}',
  progressConcerns: {
    one: '%{done} of %{total} %{doneLabel}, %{count} concern',
    other: '%{done} of %{total} %{doneLabel}, %{count} concerns',
  } satisfies PluralMessage,
  statusLegend: 'Status',
  noteLabel: 'Note',
  // Read after the visible label, so each control says which question it belongs to.
  forQuestion: ': %{text}',
  guidance: 'Guidance',
  why: 'Why it matters',
  askFor: 'What to ask for',
  source: 'Source',
  sourceSection: '%{title}, section “%{section}”',
  guidanceLink: 'Read the guidance page',
  localItem: 'Added by your council',
  localGroupTitle: 'Added by your council',
  loading: 'Loading the checklist…',
  loadFailed: 'The checklist could not be loaded. Check the connection, then try again. Work saved on this device is kept.',
  retry: 'Try again',
  calculatorFailed: 'The attendance calculator could not be loaded. Any figures saved with this checklist are kept.',
  calculatorIntro: 'Work out what the attendance figures mean in days and weeks. Your figures are kept with the checklist.',
  unshown: {
    one: 'This checklist also holds work on 1 item it does not show now. It is kept, and included when you copy or download.',
    other: 'This checklist also holds work on %{count} items it does not show now. They are kept, and included when you copy or download.',
  } satisfies PluralMessage,

  actionsHeading: 'Use your work',
  copy: 'Copy for the case record',
  copied: 'Copied. Paste it into the case record.',
  copyRefused: 'Your browser did not allow copying. The text is selected below: press Ctrl+C (or Cmd+C on a Mac) to copy it.',
  copyFallbackLabel: 'The checklist as text',
  print: 'Print',
  download: 'Download as a file',
  downloaded: 'The file is in your downloads. It holds this child’s details: keep it as safely as the case record.',
  importLabel: 'Import a downloaded file',
  importHint: 'A JSON file downloaded from this checklist. It replaces the work on screen.',
  imported: 'The file was imported: the work on screen has been replaced.',
  actionFailed: 'This could not be done: part of the tool did not load. Try again; your work on screen is kept.',
  actionsFailed: 'The buttons to copy, print, download and import did not load. Your work on screen is kept.',

  configHeading: 'Some settings for this checklist could not be used',
  configUnchecked: 'the settings could not be checked, because part of the tool did not load',
  configFooter: 'The standard settings are used instead of these.',
  configHiddenUnknown: 'hiddenItems: "%{id}" is not an item of this checklist',
  configExtraDuplicate: 'extraItems: "%{id}" is already an item of this checklist, so the extra item was left out',
  configExtraGroupUnknown: 'extraItems: "%{id}" names the group "%{group}", which this checklist does not have, so it was added under “Added by your council”',

  // The plain-text export for a case record.
  textDate: 'Date: %{date}',
  textProgress: 'Progress: %{progress}',
  textStatus: 'Status: %{status}',
  textNote: 'Note: ',
  textAttendance: 'Attendance: %{band}. %{sentence}',
  textLocal: '(added by your council)',
  textUnshown: 'Saved work on items not shown in this checklist',
  textSources: 'Sources',
  textSource: '%{title}. %{publisher}, %{date}. %{sections}.',
  textSection: { one: 'Section: %{list}', other: 'Sections: %{list}' } satisfies PluralMessage,
  textLocalSource: 'Items added by your council come from local practice, not from these sources.',
} as const;
