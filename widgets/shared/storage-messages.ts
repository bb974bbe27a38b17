/**
 * Strings of the storage fault notices (storage-faults.ts), shared by every widget. Apart from
 * messages.ts so that they load with the notices, only when a fault needs them.
 */
export const storageFaultStrings = {
  /** Why saved work could not be read, by UnreadableReason. */
  reasons: {
    'not-json': 'it is damaged',
    'no-version': 'it is not in the form this tool saves',
    newer: 'it was saved by a newer version of this tool (format %{version})',
    invalid: 'it does not hold what this tool expects (format %{version})',
  },
  unreadableFound:
    'Saved work on this device could not be read (%{reason}), so you are starting afresh. The unreadable copy is kept: download it to keep it or to ask for help with it, or discard it.',
  unreadableKept: 'An earlier saved copy that this tool could not read is kept on this device: download it to keep it or to ask for help with it, or discard it.',
  download: 'Download the unreadable copy',
  discard: 'Discard the unreadable copy',
  discarded: 'The unreadable copy has been discarded.',
  /** Name of the downloaded file, before the date. */
  fileName: 'unreadable-saved-work',
  otherTabSaved:
    'This tool was also changed in another tab or window, which saved its version at %{time}. Your changes here are not being saved until you choose which version to keep.',
  otherTabCleared: 'This tool was cleared in another tab or window. Your changes here are not being saved until you choose which version to keep.',
  loadOther: 'Load the other version',
  clearHereToo: 'Clear it here too',
  keepThis: 'Keep this version',
  tookOtherTab: 'Updated with the version saved in another tab or window at %{time}.',
  clearedInOtherTab: 'Cleared, as it was in another tab or window.',
  keptThis: "Kept this version: it has replaced the other tab's version on this device.",
  /** The save line's reason in the second of two widgets on a page with the same key, and the notice in the first. */
  keyShared: 'another tool on this page uses the same storage key ("%{key}"), so this one keeps nothing until it has its own: give each a different storage-key or id',
  keySharedHere:
    'Another tool on this page uses the same storage key ("%{key}") as this one. This one saves nothing until it has its own storage-key or id; the other keeps saving.',
  keySharedOwner:
    'Another tool on this page uses the same storage key ("%{key}") as this one. This one keeps saving; the other saves nothing until it has its own storage-key or id.',
} as const;
