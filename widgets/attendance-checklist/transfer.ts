/**
 * The checklist's JSON file: what "Download" writes and "Import" reads back. Import checks
 * everything before anything changes; a wrong, damaged or tampered file gets one clear
 * message and leaves the work on screen as it was. No DOM here.
 */
import { isPlainObject, parseJsonSafely } from '../shared/json.ts';
import { checklistLimits } from '../shared/limits.ts';
import { formatMegabytes, formatMessage } from '../shared/strings.ts';
import { loadChecklist } from './checklists.ts';
import { checkValue, checklistFormatVersion, migrateValue, type AttendanceMaths, type ChecklistValue } from './state.ts';
import { fileStrings as strings, type ImportErrorCode } from './file-strings.ts';

/** Marks a file as this widget's, so another JSON file is recognised as not ours. */
export const fileFormat = 'attendance-checklist';

/**
 * The largest file "Download" can write (a real one is a few kilobytes), in characters and in
 * UTF-8 bytes: from the limits every field shares, so whatever can be typed imports again.
 */
export const maxImportBytes = checklistLimits.fileChars;

export interface ChecklistFile {
  format: typeof fileFormat;
  version: number;
  /** The checklist's title when downloaded, for a person opening the file. */
  title: string;
  exportedAt: string;
  value: ChecklistValue;
}

export function toFile(value: ChecklistValue, title: string, now: Date): ChecklistFile {
  return { format: fileFormat, version: checklistFormatVersion, title, exportedAt: now.toISOString(), value };
}

export type ImportError =
  | { code: Exclude<ImportErrorCode, 'newer' | 'other-checklist' | 'damaged'> }
  | { code: 'newer'; version: number }
  /** `other` is the id of the checklist the file belongs to. */
  | { code: 'other-checklist'; other: string }
  | { code: 'damaged'; reason: string };

export type ImportResult = { ok: true; value: ChecklistValue } | { ok: false; error: ImportError };

/**
 * Reads a downloaded file's text back into a value for the checklist `checklistId`, with its
 * calculator sentences worked out afresh by `maths` (empty without it; see state.ts).
 */
export function parseImport(text: string, checklistId: string, maths?: AttendanceMaths): ImportResult {
  if (text.length > maxImportBytes) return { ok: false, error: { code: 'too-large' } };
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return { ok: false, error: { code: parsed.error === 'syntax' ? 'not-json' : 'forbidden-key' } };
  const file = parsed.data;
  if (!isPlainObject(file) || file.format !== fileFormat || !Number.isInteger(file.version) || !('value' in file)) {
    return { ok: false, error: { code: 'not-ours' } };
  }
  const version = file.version as number;
  if (version > checklistFormatVersion) return { ok: false, error: { code: 'newer', version } };
  const data = version < checklistFormatVersion ? migrateValue(file.value, version) : file.value;
  if (data === undefined) return { ok: false, error: { code: 'damaged', reason: `its format (${version}) is no longer supported` } };
  const checked = checkValue(data, maths);
  if (!checked.ok) return { ok: false, error: { code: 'damaged', reason: checked.reason } };
  if (checked.value.checklist !== checklistId) {
    return { ok: false, error: { code: 'other-checklist', other: checked.value.checklist } };
  }
  return { ok: true, value: checked.value };
}

/**
 * The message for an import that failed; `title` is the checklist on screen. A file from
 * another checklist is named by that checklist's title, which means loading it: only on this
 * rare path, and its id stands in if it cannot be loaded (or is not one of ours).
 */
export async function importErrorText(error: ImportError, title: string): Promise<string> {
  const params =
    error.code === 'other-checklist'
      ? {
          other: await loadChecklist(error.other).then(
            (list) => list.title,
            () => error.other,
          ),
        }
      : error;
  return formatMessage(strings.importErrors[error.code], { ...params, title, max: formatMegabytes(maxImportBytes) });
}
