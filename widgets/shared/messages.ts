/**
 * Strings the shared widget parts show, in one place like each widget's own. The storage fault
 * notices' strings are in storage-messages.ts, which loads only when a fault needs them.
 */
export const sharedStrings = {
  savedAt: 'Saved on this device only, at %{time}.',
  savedNothingYet: 'Your work is saved on this device only, as you go.',
  saveOff: 'Not saved: this page does not keep your work. Copy it before you leave.',
  saveUnavailable: 'Not saved: this browser is blocking storage. Copy your work before you leave.',
  saveFailed: 'Not saved: %{reason}. Your work is still here: copy or download it before you leave.',
  restoredFrom: 'Your work from %{time} was restored from this device.',
  clear: 'Clear saved work',
  clearConfirmQuestion: 'Clear your work from this tool and this device? This cannot be undone.',
  clearConfirm: 'Yes, clear it',
  clearCancel: 'Cancel',
  cleared: 'Your work has been cleared.',
  /** The save line's reason when storage-faults.ts could not be loaded (its file gone after an update, or the connection). */
  faultsMissing: 'part of this tool could not be loaded, so it cannot check what was saved elsewhere (it tries again when you next make a change)',
  notKept: 'That change was not kept: it would make the work larger than this tool can save.',
  /** After a link's text, for screen readers, where links open in a new tab (see links.ts). */
  newTab: ' (opens in a new tab)',
  atLimit: 'This is as long as it can be: %{max} characters.',
  overLimit: 'Not saved: this is longer than %{max} characters. Shorten it to save it.',
} as const;
