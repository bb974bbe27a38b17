/**
 * The words of reading a cohort (identify-import.ts): why a row or a file could not be loaded.
 * They load with that code, the first time a cohort comes in. The rest of the first step's
 * words are in strings.ts.
 */
export const importStrings = {
  line: 'Line %{line}: %{reasons}',
  reasons: {
    missing: { ref: 'the pupil reference is missing', status: 'the social worker status is missing' },
    tooLong: '%{field} is longer than %{max} characters',
    unknownValue: {
      status: '“%{value}” is not a social worker status (child in need, child protection, looked after, previously looked after)',
      send: '“%{value}” is not a SEND status (none, SEN support, EHC plan)',
      year: '“%{value}” is not a year group (nursery, reception or 1 to 14)',
    },
    duplicate: 'pupil reference “%{ref}” is already on line %{firstLine}',
    duplicateTyped: 'pupil reference “%{ref}” is already in the cohort',
    extraValues: 'it has %{count} values but the header has %{columns} columns (is a comma inside a value not in quotes?)',
  },
  importErrors: {
    'too-large': 'This file is too large to be a cohort export (over %{max}). Nothing was changed.',
    'too-large-plan':
      'This cohort is too large to keep with the plan: the plan would be larger than this tool can save. Try a file with fewer columns or pupils. Nothing was changed.',
    unreadable: 'This file could not be read. Nothing was changed.',
    empty: 'This file is empty. Nothing was changed.',
    'no-rows': 'This file has a header row but no pupils. Nothing was changed.',
    'too-many-rows': 'This file has %{rows} rows, more than the %{max} the planner can hold. Nothing was changed.',
    'too-many-columns': 'This file has %{columns} columns, more than a cohort export has. Is it the right file? Nothing was changed.',
    'unclosed-quote': 'A quote opened on line %{line} is never closed, so the rest of the file cannot be read. Nothing was changed.',
  },
} as const;
