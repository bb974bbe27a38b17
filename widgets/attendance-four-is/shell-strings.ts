/**
 * The words on screen before the planner's steps load: its heading, the tabs, what is kept
 * and where, and the plan's file. Everything else is in strings.ts (loaded with the steps):
 * translate both.
 */
export const shellStrings = {
  heading: 'The four i’s planner',
  intro:
    'Plan and track work on the attendance of children with a social worker, in four steps: identify the lowest attending pupils, find out who is involved, agree who should be involved and what they will do, and check the difference it makes.',
  steps: 'Steps',
  tabs: { identify: '1. Identify', intelligence: '2. Intelligence', intervention: '3. Intervention', impact: '4. Impact' },
  loading: 'Loading this step…',
  loadFailed: 'This step could not be loaded. Check your connection to this site, then try again. The plan saved on this device is kept.',
  retry: 'Try again',
  kept: {
    local: 'What you enter (the cohort, notes, actions, targets) is kept in this browser on this device until you clear it. Nothing is sent anywhere.',
    session: 'What you enter (the cohort, notes, actions, targets) is kept in this browser tab until you close it. Nothing is sent anywhere.',
    none: 'What you enter is not kept: it goes when you leave the page. Nothing is sent anywhere.',
  },

  actionsHeading: 'Use your plan',
  actionFailed: 'This could not be done: part of the tool did not load. Reload the page to try again; your plan on screen is kept.',
  actionsFailed: 'The buttons to copy, print, download and import did not load. Your plan on screen is kept.',
  copy: 'Copy the report',
  copied: 'Copied. Paste it into your report or minutes.',
  copyRefused: 'Your browser did not allow copying. The text is selected below: press Ctrl+C (or Cmd+C on a Mac) to copy it.',
  copyFallbackLabel: 'The report as text',
  print: 'Print the report',
  download: 'Download the plan',
  downloaded: 'The file is in your downloads. It holds pupils’ details: keep it as safely as the case records.',
  importLabel: 'Import a downloaded plan',
  importHint: 'A JSON file downloaded from this planner. It replaces the plan on screen.',
  imported: 'The plan was imported: the work on screen has been replaced.',
  planErrors: {
    'too-large': 'This file is too large to be a saved plan (over %{max}). Nothing was changed.',
    unreadable: 'This file could not be read. Nothing was changed.',
    'not-json': 'This file is not a saved plan: it is not a JSON file. Nothing was changed.',
    'forbidden-key': 'This file has been tampered with: it holds a key that is not allowed. Nothing was changed.',
    'not-ours': 'This file is not a plan downloaded from this tool. Nothing was changed.',
    newer: 'This file comes from a newer version of this tool (format %{version}). Nothing was changed.',
    damaged: 'This file has been changed or damaged: %{reason}. Nothing was changed.',
  },
  configHeading: 'Some settings for this planner could not be used',
  configFooter: 'The standard settings are used instead of these.',
  configUnchecked: 'the settings could not be checked, because part of the planner did not load',
} as const;
