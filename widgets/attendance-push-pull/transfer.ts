/**
 * The push and pull map's JSON file: what "Download" writes and "Import" reads back. Import
 * checks everything before anything changes; a wrong, damaged or tampered file gets one
 * clear message and leaves the work on screen as it was. No DOM here.
 */
import { parseJsonSafely } from '../shared/json.ts';
import { pushPullLimits } from '../shared/limits.ts';
import { formatMegabytes, formatMessage } from '../shared/strings.ts';
import { checkValue, migrateValue, pushPullFormatVersion, type PushPullValue } from './state.ts';
import { partStrings as strings, type ImportErrorCode } from './strings-parts.ts';
import { isPlainObject } from '../shared/json.ts';

/** Marks a file as this widget's, so another JSON file is recognised as not ours. */
export const fileFormat = 'attendance-push-pull';

/**
 * The largest file "Download" can write (a real one is a few kilobytes), in characters and in
 * UTF-8 bytes: from the limits every field shares, so whatever can be typed imports again.
 */
export const maxImportBytes = pushPullLimits.fileChars;

export interface PushPullFile {
  format: typeof fileFormat;
  version: number;
  exportedAt: string;
  value: PushPullValue;
}

export function toFile(value: PushPullValue, now: Date): PushPullFile {
  return { format: fileFormat, version: pushPullFormatVersion, exportedAt: now.toISOString(), value };
}

export type ImportError = { code: Exclude<ImportErrorCode, 'newer' | 'damaged'> } | { code: 'newer'; version: number } | { code: 'damaged'; reason: string };

export type ImportResult = { ok: true; value: PushPullValue } | { ok: false; error: ImportError };

/** Reads a downloaded file's text back into a value. */
export function parseImport(text: string): ImportResult {
  if (text.length > maxImportBytes) return { ok: false, error: { code: 'too-large' } };
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return { ok: false, error: { code: parsed.error === 'syntax' ? 'not-json' : 'forbidden-key' } };
  const file = parsed.data;
  if (!isPlainObject(file) || file.format !== fileFormat || !Number.isInteger(file.version) || !('value' in file)) return { ok: false, error: { code: 'not-ours' } };
  const version = file.version as number;
  if (version > pushPullFormatVersion) return { ok: false, error: { code: 'newer', version } };
  const data = version < pushPullFormatVersion ? migrateValue(file.value, version) : file.value;
  if (data === undefined) return { ok: false, error: { code: 'damaged', reason: `its format (${version}) is no longer supported` } };
  const checked = checkValue(data);
  if (!checked.ok) return { ok: false, error: { code: 'damaged', reason: checked.reason } };
  return { ok: true, value: checked.value };
}

/** The message for an import that failed. */
export function importErrorText(error: ImportError): string {
  return formatMessage(strings.importErrors[error.code], { ...error, max: formatMegabytes(maxImportBytes) });
}
