/**
 * What the Identify step (identify-step.ts) loads the first time a cohort comes in (a file
 * picked, text pasted, a pupil typed in, `loadCsv`): reading the file, its columns and its rows,
 * and what their problems say in words. A planner opens without it.
 */
import { formatMegabytes, formatMessage, formatNumber } from '../shared/strings.ts';
import { fourIsLimits } from '../shared/limits.ts';
import { errorText } from '../attendance-calculator/describe.ts';
import type { PrepareError, RowProblem, RowReason } from './cohort.ts';
import { strings } from './strings.ts';
import { importStrings } from './import-strings.ts';

export { readFileText } from '../shared/export.ts';
export { loadRows, prepareImport, readRow } from './cohort.ts';
export { fieldIds, mappingProblems, parseUseKey, unmappedOptionalFields, useKey } from './mapping.ts';

/** Why a row could not be loaded, in words. */
export function reasonText(reason: RowReason): string {
  const r = importStrings.reasons;
  switch (reason.code) {
    case 'missing':
      return r.missing[reason.field];
    case 'too-long':
      return formatMessage(r.tooLong, { field: strings.fieldNames[reason.field], max: reason.max });
    case 'sessions':
      return errorText(reason.error);
    case 'unknown-value':
      return formatMessage(r.unknownValue[reason.field], { value: reason.value });
    case 'duplicate':
      return formatMessage(reason.firstLine > 0 ? r.duplicate : r.duplicateTyped, { ref: reason.ref, firstLine: reason.firstLine });
    case 'extra-values':
      return formatMessage(r.extraValues, { count: reason.count, columns: reason.columns });
  }
}

/** "Line 7: the pupil reference is missing; Possible sessions must be a number, like 380" */
export const problemText = (problem: RowProblem) => formatMessage(importStrings.line, { line: problem.line, reasons: problem.reasons.map(reasonText).join('; ') });

export function prepareErrorText(error: PrepareError | { code: 'unreadable' | 'too-large-plan' }): string {
  const max = error.code === 'too-large' ? formatMegabytes(fourIsLimits.csv) : formatNumber(fourIsLimits.pupils, 0);
  return formatMessage(importStrings.importErrors[error.code], { ...error, rows: 'rows' in error ? formatNumber(error.rows, 0) : '', max });
}
