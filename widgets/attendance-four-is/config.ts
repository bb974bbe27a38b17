/**
 * Checks the planner's council configuration, read with the shared precedence in
 * ../shared/config.ts: the defaults (config-defaults.ts), then the inline JSON child, then
 * attributes. The widget loads this module only when it has settings to check.
 *
 * ```html
 * <attendance-four-is small-group-threshold="10" virtual-school="Anyshire Virtual School">
 *   <script type="application/json">
 *     { "extraCharacteristics": [{ "id": "young-carer", "label": "Young carer", "headers": ["YC"] }],
 *       "distinctDifference": { "attendancePoints": 5, "persistentPoints": 10 } }
 *   </script>
 * </attendance-four-is>
 * ```
 */
import {
  attributeLayer,
  baseUrlSetting,
  idPattern,
  isPlainObject,
  readInlineConfig,
  resolveWidgetConfig,
  textSetting,
  type ResolvedConfig,
  type SettingCheck,
  type SettingChecks,
} from '../shared/config.ts';
import { builtInTraits, type Trait } from './model.ts';
import { defaultSettings, type ConfigAttributes, type FourIsConfig } from './config-defaults.ts';
import { localNamesSetting } from '../shared/local-names-setting.ts';

export { defaultConfig, type ConfigAttributes, type FourIsConfig } from './config-defaults.ts';

/** Ids the planner uses itself, so a characteristic cannot take them. */
const reservedIds = ['cohort', 'pupil', 'ref', 'school', 'year', 'possible', 'attended', 'status', 'send', ...builtInTraits.map((t) => t.id)];

const thresholdSetting: SettingCheck<number> = (value) => {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return Number.isInteger(n) && (n as number) >= 2 && (n as number) <= 100 ? { value: n as number } : { error: 'must be a whole number from 2 to 100' };
};

const pointsSetting: SettingCheck<FourIsConfig['distinctDifference']> = (value) => {
  if (!isPlainObject(value)) return { error: 'must be an object like {"attendancePoints": 3, "persistentPoints": 10}' };
  const out: Partial<FourIsConfig['distinctDifference']> = {};
  for (const [key, raw] of Object.entries(value)) {
    if (key !== 'attendancePoints' && key !== 'persistentPoints') return { error: `has "${key}"; expected attendancePoints, persistentPoints` };
    if (typeof raw !== 'number' || !(raw > 0 && raw <= 100)) return { error: `has ${key} ${String(raw)}; expected a number of percentage points above 0, up to 100` };
    out[key] = raw;
  }
  return { value: out as FourIsConfig['distinctDifference'] };
};

const characteristicsSetting: SettingCheck<Trait[]> = (value) => {
  if (!Array.isArray(value)) return { error: 'must be a list like [{"id": "young-carer", "label": "Young carer"}]' };
  if (value.length > 20) return { error: 'must have at most 20 characteristics' };
  const label = textSetting(80);
  const traits: Trait[] = [];
  for (const [index, raw] of value.entries()) {
    const where = `characteristic ${index + 1}`;
    if (!isPlainObject(raw)) return { error: `${where} is not an object` };
    const unknown = Object.keys(raw).find((k) => !['id', 'label', 'headers'].includes(k));
    if (unknown) return { error: `${where} has "${unknown}"; expected id, label, headers` };
    if (typeof raw.id !== 'string' || raw.id.length > 40 || !idPattern.test(raw.id)) return { error: `${where} needs an "id" of lower-case letters, digits and hyphens` };
    if (reservedIds.includes(raw.id) || traits.some((t) => t.id === raw.id)) return { error: `${where} has the id "${raw.id}", which is already used` };
    const checked = label(raw.label);
    if ('error' in checked) return { error: `${where} ("${raw.id}") "label" ${checked.error}` };
    const headers = raw.headers ?? [];
    if (!Array.isArray(headers) || headers.length > 10 || !headers.every((h) => typeof h === 'string' && h.trim() !== '' && h.length <= 80)) {
      return { error: `${where} ("${raw.id}") "headers" must be a list of up to 10 column names` };
    }
    traits.push({ id: raw.id, label: checked.value, headers: headers as string[] });
  }
  return { value: traits };
};

export const configChecks: SettingChecks<FourIsConfig> = {
  extraCharacteristics: characteristicsSetting,
  smallGroupThreshold: thresholdSetting,
  distinctDifference: pointsSetting,
  responsibilitiesUrl: baseUrlSetting,
  localNames: localNamesSetting(120),
};

/** The settings an attribute sets, with how each attribute is written. */
export const attributeSettings = { smallGroupThreshold: 'small-group-threshold', responsibilitiesUrl: 'responsibilities-url' };

export function resolveFourIsConfig(inline: ReturnType<typeof readInlineConfig>, attributes: ConfigAttributes): ResolvedConfig<FourIsConfig> {
  return resolveWidgetConfig(defaultSettings(), configChecks, inline, attributeLayer(attributes, attributeSettings));
}

/** Reads an element's settings over the defaults: its inline JSON child, then its attributes. Returns the settings and the problems found. */
export function readFourIsConfig(element: Element & ConfigAttributes): [FourIsConfig, string[]] {
  const { config, errors } = resolveFourIsConfig(readInlineConfig(element), element);
  return [config, errors];
}
