/**
 * Reading data from outside (settings, saved work, imported files) safely, written once. Apart
 * from config.ts so that checking saved work and files does not bring the settings code with it.
 */

/** An id of lower-case letters, digits and hyphens, as content ids are. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for an object that is not null and not an array: the shape JSON settings and saved data must have. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses JSON from outside (config, imported files), refusing keys that could reach an
 * object's prototype when the data is later copied.
 */
export function parseJsonSafely(text: string): { ok: true; data: unknown } | { ok: false; error: 'syntax' | 'forbidden-key' } {
  let forbidden = false;
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') forbidden = true;
      return value;
    });
  } catch {
    return { ok: false, error: 'syntax' };
  }
  return forbidden ? { ok: false, error: 'forbidden-key' } : { ok: true, data };
}
