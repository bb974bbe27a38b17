/**
 * Council configuration, read the same way by every widget.
 *
 * Precedence, lowest first (each layer overrides the one before it):
 *   1. the widget's defaults (frozen, in the widget's own config module);
 *   2. inline JSON: a `<script type="application/json">` that is a direct child of the
 *      element (never run: browsers do not execute that type, so it is safe under a strict CSP).
 *      Write any "</script>" inside it as "<\/script>", or the browser ends the element there;
 *   3. attributes on the element.
 *
 * Objects merge key by key (an attribute for one local name keeps the others from the
 * inline JSON); text, numbers and lists replace. A setting that fails its check is left
 * out, with a message naming the setting, where it came from and what was expected, so the
 * lower layer (in the end the default) is used instead. Nothing here throws.
 */
import { onThisSite } from './on-this-site.ts';
import { idPattern, isPlainObject, parseJsonSafely } from './json.ts';

/** One layer of settings and where it came from, for messages ("inline JSON", "attributes"). */
export interface ConfigLayer {
  from: string;
  data: Record<string, unknown>;
  /** How the person wrote each setting in this layer, where it differs (`baseUrl` is the `base-url` attribute). */
  names?: Record<string, string>;
}

/** Checks one setting: its cleaned value, or what was expected. */
export type SettingCheck<V> = (value: unknown) => { value: V } | { error: string };

export type SettingChecks<T> = { [K in keyof T]: SettingCheck<T[K]> };

export interface ResolvedConfig<T> {
  config: T;
  /** Messages for the person embedding the widget, one per problem. */
  errors: string[];
}

// Also used to check saved work and files, which need none of the settings code: written in json.ts.
export { idPattern, isPlainObject, parseJsonSafely } from './json.ts';

/** Larger than any sensible configuration; stops a runaway block from freezing the page. */
export const maxInlineConfigChars = 100_000;

/** Reads the inline JSON configuration child, if there is one. */
export function readInlineConfig(host: Element): { layer?: ConfigLayer; error?: string } {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return {};
  const text = script.textContent ?? '';
  if (text.length > maxInlineConfigChars) return { error: `the inline JSON settings are too long (over ${maxInlineConfigChars} characters) and were ignored` };
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) {
    return {
      error:
        parsed.error === 'syntax'
          ? 'the inline JSON settings are not valid JSON and were ignored'
          : 'the inline JSON settings use a key that is not allowed ("__proto__", "constructor" or "prototype") and were ignored',
    };
  }
  if (!isPlainObject(parsed.data)) return { error: 'the inline JSON settings must be an object, like {"hiddenItems": []}, and were ignored' };
  return { layer: { from: 'inline JSON', data: parsed.data } };
}

/** Applies the layers over the defaults, in order. See the precedence at the top of this file. */
export function resolveConfig<T extends object>(defaults: T, checks: SettingChecks<T>, layers: ConfigLayer[]): ResolvedConfig<T> {
  const config = { ...defaults };
  const errors: string[] = [];
  for (const layer of layers) {
    for (const [key, raw] of Object.entries(layer.data)) {
      if (!Object.prototype.hasOwnProperty.call(checks, key)) {
        errors.push(`${layer.from}: unknown setting "${key}" was ignored; expected one of: ${Object.keys(checks).join(', ')}`);
        continue;
      }
      const name = key as keyof T;
      const checked = checks[name](raw);
      if ('error' in checked) {
        const written = layer.names?.[key] ?? key;
        errors.push(`${layer.from}: "${written}" ${checked.error}, so it was ignored`);
        continue;
      }
      const before = config[name];
      config[name] = isPlainObject(before) && isPlainObject(checked.value) ? ({ ...before, ...checked.value } as T[keyof T]) : checked.value;
    }
  }
  return { config, errors };
}

/** The council's names for its services, one attribute each on every widget that shows them (null when absent). */
export interface LocalNameAttributes {
  attendanceTeam?: string | null;
  virtualSchool?: string | null;
  inclusionService?: string | null;
}

const localNameProperties = ['attendanceTeam', 'virtualSchool', 'inclusionService'] as const;

/**
 * A widget's attributes as the top layer of its settings, written once for every widget.
 * `attributes` maps each setting an attribute sets to how the attribute is written (for
 * messages); the element's property of the setting's name holds the attribute's text, null
 * when it is absent. The local-name attributes fill `localNames`, each its own key.
 */
export function attributeLayer<E extends LocalNameAttributes>(element: E, attributes: { [K in keyof E]?: string }): ConfigLayer {
  const data: Record<string, unknown> = {};
  for (const setting of Object.keys(attributes) as (keyof E & string)[]) if (element[setting] != null) data[setting] = element[setting];
  const names = Object.fromEntries(localNameProperties.filter((name) => element[name] != null).map((name) => [name, element[name]]));
  if (Object.keys(names).length > 0) data.localNames = names;
  return { from: 'attributes', data, names: { ...(attributes as Record<string, string>), localNames: 'attendance-team, virtual-school or inclusion-service' } };
}

/** Resolves a widget's settings: its defaults, then the inline JSON read by readInlineConfig, then its attributes' layer. */
export function resolveWidgetConfig<T extends object>(
  defaults: T,
  checks: SettingChecks<T>,
  inline: ReturnType<typeof readInlineConfig>,
  attributes: ConfigLayer,
): ResolvedConfig<T> {
  const resolved = resolveConfig(defaults, checks, [...(inline.layer ? [inline.layer] : []), attributes]);
  if (inline.error) resolved.errors.unshift(inline.error);
  return resolved;
}

// Small checks that widgets combine into their own.

/** Text of at most `max` characters, trimmed; empty text is refused. */
export function textSetting(max: number): SettingCheck<string> {
  return (value) => {
    // Zero-width and other invisible characters alone would show as a blank name.
    if (typeof value !== 'string' || value.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').trim() === '') return { error: 'must be some text' };
    if (value.length > max) return { error: `must be at most ${max} characters` };
    return { value: value.trim() };
  };
}

/** A list of ids, from a JSON array or from an attribute's space- or comma-separated text. */
export function idListSetting(maxItems: number): SettingCheck<string[]> {
  return (value) => {
    const list = typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value;
    if (!Array.isArray(list)) return { error: 'must be a list of ids, like ["lateness", "suspensions"]' };
    if (list.length > maxItems) return { error: `must list at most ${maxItems} ids` };
    const bad = list.find((id) => typeof id !== 'string' || id.length > 100 || !idPattern.test(id));
    if (bad !== undefined) return { error: `has "${String(bad)}", which is not an id (lower-case letters, digits and hyphens)` };
    return { value: list as string[] };
  };
}

/**
 * A base URL for links: a path on this site ("/guidance/", "./pages/") or an http(s)
 * address. Anything else (a `javascript:` URL above all) is refused, since it would run
 * when a link is followed; so is a "path" a browser would take off the site (`//evil.example/`,
 * `/\evil.example/`).
 */
export const baseUrlSetting: SettingCheck<string> = (value) => {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 500) return { error: 'must be a path such as "/guidance/" or an https:// address' };
  const trimmed = value.trim();
  if (/^(\/|\.\.?\/)/.test(trimmed) && onThisSite(trimmed)) return { value: trimmed };
  try {
    const url = new URL(trimmed);
    if (url.protocol === 'https:' || url.protocol === 'http:') return { value: trimmed };
  } catch {
    // Falls through to the message below.
  }
  return { error: 'must be a path such as "/guidance/" or an https:// address' };
};
