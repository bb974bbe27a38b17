/**
 * The checklist's messages about imported files: with its other words in strings.ts, but apart
 * so that they load with the code that reads files (transfer.ts).
 */
export const fileStrings = {
  importErrors: {
    'too-large': 'This file is too large to be a saved checklist (over %{max}). Nothing was changed.',
    unreadable: 'This file could not be read. Nothing was changed.',
    'not-json': 'This file is not a saved checklist: it is not a JSON file. Nothing was changed.',
    'forbidden-key': 'This file has been tampered with: it holds a key that is not allowed. Nothing was changed.',
    'not-ours': 'This file is not a checklist downloaded from this tool. Nothing was changed.',
    newer: 'This file comes from a newer version of this tool (format %{version}). Nothing was changed.',
    'other-checklist': 'This file is for the “%{other}” checklist, not “%{title}”. Nothing was changed.',
    damaged: 'This file has been changed or damaged: %{reason}. Nothing was changed.',
  },
} as const;

export type ImportErrorCode = keyof typeof fileStrings.importErrors;
