/**
 * The plan's JSON file: what "Download the plan" writes and "Import a downloaded plan" reads
 * back. Import checks everything before anything changes; a wrong, damaged or tampered file
 * gets one clear message and leaves the plan on screen as it was. No DOM here.
 */
import { parseJsonSafely } from '../shared/json.ts';
import { fourIsLimits } from '../shared/limits.ts';
import { formatMegabytes, formatMessage } from '../shared/strings.ts';
import { checkValue, formatVersion, migrateValue, type FourIsValue } from './state.ts';
import { shellStrings } from './shell-strings.ts';

/** Marks a file as this widget's, so another JSON file is recognised as not ours. */
export const fileFormat = 'attendance-four-is';

/**
 * The largest plan file "Download the plan" can write, in UTF-8 bytes (read before the file
 * is opened) and in characters (checked once it is read): from the plan's own limit, so every
 * plan the planner keeps imports again. A plan with 50,000 pupils is about 12 MB.
 */
export const maxImportBytes = fourIsLimits.fileBytes;

export interface PlanFile {
  format: typeof fileFormat;
  version: number;
  exportedAt: string;
  value: FourIsValue;
}

export function toFile(value: FourIsValue, now: Date): PlanFile {
  return { format: fileFormat, version: formatVersion, exportedAt: now.toISOString(), value };
}

export type PlanImportError =
  { code: 'too-large' | 'unreadable' | 'not-json' | 'forbidden-key' | 'not-ours' } | { code: 'newer'; version: number } | { code: 'damaged'; reason: string };

export function parseImport(text: string): { ok: true; value: FourIsValue } | { ok: false; error: PlanImportError } {
  if (text.length > fourIsLimits.fileChars) return { ok: false, error: { code: 'too-large' } };
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return { ok: false, error: { code: parsed.error === 'syntax' ? 'not-json' : 'forbidden-key' } };
  const file = parsed.data as Partial<PlanFile> | null;
  if (typeof file !== 'object' || file === null || Array.isArray(file) || file.format !== fileFormat || !Number.isInteger(file.version) || !('value' in file)) {
    return { ok: false, error: { code: 'not-ours' } };
  }
  const version = file.version as number;
  if (version > formatVersion) return { ok: false, error: { code: 'newer', version } };
  const data = version < formatVersion ? migrateValue(file.value, version) : file.value;
  if (data === undefined) return { ok: false, error: { code: 'damaged', reason: `its format (${version}) is no longer supported` } };
  const checked = checkValue(data);
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, error: { code: 'damaged', reason: checked.reason } };
}

export function importErrorText(error: PlanImportError): string {
  return formatMessage(shellStrings.planErrors[error.code], { ...error, max: formatMegabytes(fourIsLimits.fileBytes) });
}
