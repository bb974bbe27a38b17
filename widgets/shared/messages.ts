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
} as const;
