import type { PluralMessage } from '../shared/strings.ts';

/**
 * The words of `attendance-push-pull`, for councils and translators. They are in two files,
 * split by when the widget needs them:
 *
 * - this file: what the widget shows as soon as it appears (the map and its table, the
 *   example and the buttons for using the work);
 * - strings-parts.ts: what only the parts it loads afterwards use (the editor: adding
 *   factors, the lanes, the adjustments; the summary for the plan; importing; settings).
 *
 * The split keeps the widget's own module small; change words in either, and nowhere else.
 * The factors' own words (labels, questions, example adjustments) are content, in
 * content/factors.json; so is who leads on a factor in or out of school, in
 * content/who-leads.json (what the statutory summary table says, with its citations).
 */
export const pushPullStrings = {
  title: 'Push and pull factors',
  intro:
    'Map what pushes the child away from school, what pulls them away, and what could pull them back. Rate how strong each one is, note what the child says in their own words, and record the adjustments you agree.',
  guidanceLink: 'Read about push and pull factors',

  lanes: {
    push: 'Pushing away from school',
    pull: 'Pulling away from school',
    'pull-back': 'Pulling back to school',
  },
  // Short lane names, for the map's legend, the table and the move buttons.
  laneShort: { push: 'Pushing away', pull: 'Pulling away', 'pull-back': 'Pulling back' },

  settings: { 'in-school': 'In school', 'out-of-school': 'Out of school' },
  strengthOf: 'strength %{strength} of 5',

  addHeading: 'Add a factor',
  adjustmentsHeading: 'Agreed adjustments',
  partLoading: 'Loading…',
  partFailed: 'This part of the tool could not be loaded. The factors already on the map are kept.',
  retry: 'Try again',

  mapHeading: 'The balance',
  mapAway: 'Away from school',
  mapBack: 'Back to school',
  mapTotal: 'total %{total}',
  mapEmpty: 'Nothing on the map yet',
  balanceEmpty: 'Nothing is on the map yet. Add factors to see the balance.',
  balanceSide: { one: '%{label}: total strength %{total} from 1 factor.', other: '%{label}: total strength %{total} from %{count} factors.' } satisfies PluralMessage,
  balanceAway: 'The pull away from school is stronger.',
  balanceBack: 'The pull back to school is stronger.',
  balanceEven: 'The two sides are evenly balanced.',
  tableCaption: 'The map as a table',
  tableFactor: 'Factor',
  tableLane: 'Lane',
  tableStrength: 'Strength (1 to 5)',
  tableSetting: 'In or out of school',
  tableWords: 'The child’s words',

  exampleIntro: 'For training: load a made-up case to walk a group through the tool.',
  exampleLoad: 'Load the fictional worked example',
  exampleConfirm: 'Replace the factors and adjustments on screen with the fictional example?',
  exampleYes: 'Yes, load the example',
  exampleCancel: 'Cancel',
  exampleLoaded: 'The fictional example “%{title}” is loaded. It replaced the work on screen.',
  exampleFailed: 'The example could not be loaded. Nothing was changed.',
  exampleNotice: 'Fictional example: %{summary}',

  actionsHeading: 'Use your work',
  copy: 'Copy the summary for the plan',
  copied: 'Copied. Paste it into the child’s plan or the case record.',
  copyRefused: 'Your browser did not allow copying. The text is selected below: press Ctrl+C (or Cmd+C on a Mac) to copy it.',
  copyFallbackLabel: 'The summary as text',
  print: 'Print',
  download: 'Download as a file',
  downloaded: 'The file is in your downloads. It holds this child’s details: keep it as safely as the case record.',
  importLabel: 'Import a downloaded file',
  importHint: 'A JSON file downloaded from this tool. It replaces the work on screen.',
  imported: 'The file was imported: the work on screen has been replaced.',
  actionFailed: 'This could not be done: part of the tool did not load. Reload the page to try again; your work on screen is kept.',
  actionsFailed: 'The buttons to copy, print, download and import did not load. Your work on screen is kept.',

  configHeading: 'Some settings for this tool could not be used',
  configFooter: 'The standard settings are used instead of these.',
  configUnchecked: 'the settings could not be checked, because part of the tool did not load',
} as const;
