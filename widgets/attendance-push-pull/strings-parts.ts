import type { PluralMessage } from '../shared/strings.ts';

/**
 * The words of the parts `attendance-push-pull` loads after it first appears: the editor
 * (adding factors, the lanes and the factors in them, the agreed adjustments), the summary
 * for the child's plan, importing a file and checking a council's settings. The rest of its words are in strings.ts (which says why
 * there are two files); change words there or here, and nowhere else.
 */
export const partStrings = {
  laneHints: {
    push: 'Things in school that make it hard to be there.',
    pull: 'Things outside school that draw the child away.',
    'pull-back': 'People, interests and adjustments that could draw the child back.',
  },
  laneCount: { one: '1 factor', other: '%{count} factors' } satisfies PluralMessage,
  laneEmpty: 'Nothing here yet.',
  settingLegend: 'In school or out of school',
  strengthLegend: 'Strength (1 slight, 5 strong)',
  position: '%{position} of %{count} in this lane',
  fromLibrary: 'From the library',
  fromOwn: 'Your own factor',
  fromCouncil: 'Added by your council',
  wordsLabel: 'In the child’s own words',
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveTo: 'Move to “%{lane}”',
  remove: 'Remove',
  // Read after a visible control label, so every control names its factor.
  forFactor: ': %{label}',
  announceRemoved: 'Removed “%{label}” from %{lane}. %{balance}',
  announceRemovedAdjustments: {
    one: 'Removed “%{label}” from %{lane}. Its adjustment is kept, now not for one factor. %{balance}',
    other: 'Removed “%{label}” from %{lane}. Its %{count} adjustments are kept, now not for one factor. %{balance}',
  } satisfies PluralMessage,
  announceMoved: 'Moved “%{label}” to %{lane}, %{position} of %{count}. %{balance}',
  announceReordered: '“%{label}” is now %{position} of %{count} in %{lane}.',
  announceStrength: '“%{label}”: %{strength}. %{balance}',
  announceSetting: '“%{label}”: %{setting}. %{leadLabel}: %{lead}',
  // Before what the summary table says about who leads on a factor where it sits (content/who-leads.json).
  leadLabel: 'Who leads',

  askChild: 'Ask the child',
  askFamily: 'Ask the family',
  examplesHeading: 'Example adjustments from the guidance',
  addExample: 'Add as an adjustment',
  source: 'Source',
  sourceSection: '%{title}, section “%{section}”',
  moreGuidance: 'More guidance',

  libraryLabel: 'Choose from the library',
  libraryHint: 'Factors from the guidance, grouped by where they usually sit. Each comes with a question to ask.',
  libraryPlaceholder: 'Choose a factor',
  libraryPlaced: '%{label} (on the map)',
  addLibrary: 'Add to the map',
  libraryChooseFirst: 'Choose a factor from the library first.',
  ownLegend: 'Or add your own factor',
  ownLabel: 'Name',
  ownHint: 'In a few words, as it would appear on the map.',
  ownLane: 'Lane',
  ownSetting: 'In school or out of school',
  addOwn: 'Add your own factor',
  ownEmpty: 'Name the factor first.',
  ownTooLong: 'Keep the name to %{max} characters or fewer.',
  tooMany: 'The map holds at most %{max} factors. Remove one before adding another.',
  announceAdded: 'Added “%{label}” to %{lane}, %{strength}. %{balance}',

  adjustmentsHint: 'What was agreed, who will do it and when it will be reviewed.',
  adjustmentsEmpty: 'No adjustments recorded yet.',
  adjustmentLegend: 'Adjustment %{number}',
  adjustmentText: 'What was agreed',
  adjustmentFactor: 'Which factor it is for',
  adjustmentGeneral: 'Not for one factor',
  adjustmentOwner: 'Who will do it',
  adjustmentOwnerHint: 'A person or a service. Suggestions appear as you type.',
  adjustmentDate: 'Review by',
  adjustmentDateHint: 'For example, 27/3/2027',
  adjustmentDateInvalid: 'Enter a real date, for example 27/3/2027.',
  addAdjustment: 'Add an adjustment',
  removeAdjustment: 'Remove adjustment %{number}',
  adjustmentsTableCaption: 'Agreed adjustments',
  tooManyAdjustments: 'The plan holds at most %{max} adjustments.',
  announceAdjustmentAdded: 'Adjustment %{number} added.',
  announceAdjustmentRemoved: 'Adjustment %{number} removed.',

  importErrors: {
    'too-large': 'This file is too large to be a saved push and pull map (over 1 MB). Nothing was changed.',
    unreadable: 'This file could not be read. Nothing was changed.',
    'not-json': 'This file is not a saved push and pull map: it is not a JSON file. Nothing was changed.',
    'forbidden-key': 'This file has been tampered with: it holds a key that is not allowed. Nothing was changed.',
    'not-ours': 'This file is not a push and pull map downloaded from this tool. Nothing was changed.',
    newer: 'This file comes from a newer version of this tool (format %{version}). Nothing was changed.',
    damaged: 'This file has been changed or damaged: %{reason}. Nothing was changed.',
  },

  configHiddenUnknown: 'hiddenFactors: "%{id}" is not a factor in the library',
  configExtraDuplicate: 'extraFactors: "%{id}" is already a factor in the library, so the extra factor was left out',

  // The plain-text summary for the child's plan.
  textDate: 'Date: %{date}',
  textBalance: '%{balance}',
  textNone: 'None recorded.',
  textFactor: '%{number}. %{label} (%{strength})',
  textWhere: '%{setting}.',
  textLead: '%{setting}: %{lead}',
  textWords: 'In the child’s words: ',
  textOwn: 'Your own factor.',
  textCouncil: 'Added by your council.',
  textAdjustmentFor: 'For: ',
  textAdjustmentOwner: 'Who: ',
  textAdjustmentDate: 'Review by: ',
  textOwnerMissing: 'not agreed yet',
  textDateMissing: 'no date set',
  textSources: 'Sources',
  textSource: '%{title}. %{publisher}, %{date}. %{sections}.',
  textSection: { one: 'Section: %{list}', other: 'Sections: %{list}' } satisfies PluralMessage,
  textLocalSource: 'Factors you added, and any your council added, come from local practice, not from these sources.',
} as const;

export type ImportErrorCode = keyof typeof partStrings.importErrors;
