/**
 * Checks the push and pull explorer's council configuration: where its guidance links point,
 * the council's names for its services, factors to hide and factors to add, and the people
 * and services offered as owners of an adjustment. Read with the shared precedence in
 * ../shared/config.ts: the defaults (config-defaults.ts), then the inline JSON child, then
 * attributes. The widget loads this module only when it has settings to check.
 *
 * ```html
 * <attendance-push-pull attendance-team="the Anyshire Attendance Team">
 *   <script type="application/json">
 *     { "owners": ["Head of year", "Anyshire Young Carers Service"],
 *       "hiddenFactors": ["internet-in-school-hours"],
 *       "extraFactors": [{ "id": "transport", "label": "Getting to school", "lane": "pull", "setting": "out-of-school",
 *                          "question": "How do you get to school? What makes it hard?" }] }
 *   </script>
 * </attendance-push-pull>
 * ```
 */
import {
  attributeLayer,
  baseUrlSetting,
  idListSetting,
  idPattern,
  isPlainObject,
  readInlineConfig,
  resolveWidgetConfig,
  textSetting,
  type ResolvedConfig,
  type SettingCheck,
  type SettingChecks,
} from '../shared/config.ts';
import { localNamesSetting } from '../shared/local-names-setting.ts';
import { factorLabelMaxChars } from '../../content/schemas/factor-limits.ts';
import { isLane, isSetting } from './library.ts';
import type { ConfigAttributes, ExtraFactor, PushPullConfig } from './config-defaults.ts';

export const configLimits = {
  extraFactors: 50,
  hiddenFactors: 100,
  owners: 50,
  ownerChars: 120,
  questionChars: 500,
  adjustmentChars: 500,
  adjustmentsPerFactor: 10,
  localName: 120,
};

const extraFactorFields = ['id', 'label', 'lane', 'setting', 'askWho', 'question', 'adjustments'];

const extraFactorsSetting: SettingCheck<ExtraFactor[]> = (value) => {
  if (!Array.isArray(value)) return { error: 'must be a list of factors, like [{"id": "transport", "label": "...", "lane": "pull", "setting": "out-of-school"}]' };
  if (value.length > configLimits.extraFactors) return { error: `must have at most ${configLimits.extraFactors} factors` };
  const label = textSetting(factorLabelMaxChars);
  const question = textSetting(configLimits.questionChars);
  const adjustment = textSetting(configLimits.adjustmentChars);
  const seen = new Set<string>();
  const factors: ExtraFactor[] = [];
  for (const [index, raw] of value.entries()) {
    const where = `factor ${index + 1}`;
    if (!isPlainObject(raw)) return { error: `${where} is not an object` };
    const unknown = Object.keys(raw).find((k) => !extraFactorFields.includes(k));
    if (unknown) return { error: `${where} has "${unknown}"; expected ${extraFactorFields.join(', ')}` };
    if (typeof raw.id !== 'string' || raw.id.length > 100 || !idPattern.test(raw.id)) return { error: `${where} needs an "id" of lower-case letters, digits and hyphens` };
    // "own-1", "own-2" ... name the factors a person adds to a map, so a council's cannot use them.
    if (/^own-\d+$/.test(raw.id)) return { error: `${where} has the id "${raw.id}", which is kept for factors a person adds; choose another` };
    if (seen.has(raw.id)) return { error: `${where} repeats the id "${raw.id}"` };
    seen.add(raw.id);
    const checkedLabel = label(raw.label);
    if ('error' in checkedLabel) return { error: `${where} ("${raw.id}") "label" ${checkedLabel.error}` };
    if (!isLane(raw.lane)) return { error: `${where} ("${raw.id}") "lane" must be one of: push, pull, pull-back` };
    if (!isSetting(raw.setting)) return { error: `${where} ("${raw.id}") "setting" must be one of: in-school, out-of-school` };
    const factor: ExtraFactor = { id: raw.id, label: checkedLabel.value, lane: raw.lane, setting: raw.setting };
    if (raw.askWho !== undefined) {
      if (raw.askWho !== 'child' && raw.askWho !== 'family') return { error: `${where} ("${raw.id}") "askWho" must be "child" or "family"` };
      factor.askWho = raw.askWho;
    }
    if (raw.question !== undefined) {
      const checked = question(raw.question);
      if ('error' in checked) return { error: `${where} ("${raw.id}") "question" ${checked.error}` };
      factor.question = checked.value;
    }
    if (raw.adjustments !== undefined) {
      if (!Array.isArray(raw.adjustments) || raw.adjustments.length > configLimits.adjustmentsPerFactor) {
        return { error: `${where} ("${raw.id}") "adjustments" must be a list of at most ${configLimits.adjustmentsPerFactor} texts` };
      }
      const texts: string[] = [];
      for (const text of raw.adjustments) {
        const checked = adjustment(text);
        if ('error' in checked) return { error: `${where} ("${raw.id}") has an adjustment that ${checked.error}` };
        texts.push(checked.value);
      }
      factor.adjustments = texts;
    }
    factors.push(factor);
  }
  return { value: factors };
};

const ownersSetting: SettingCheck<string[]> = (value) => {
  if (!Array.isArray(value)) return { error: 'must be a list of names, like ["Head of year", "Young carers service"]' };
  if (value.length > configLimits.owners) return { error: `must list at most ${configLimits.owners} names` };
  const name = textSetting(configLimits.ownerChars);
  const owners: string[] = [];
  for (const raw of value) {
    const checked = name(raw);
    if ('error' in checked) return { error: `has an entry that ${checked.error}` };
    owners.push(checked.value);
  }
  return { value: owners };
};

export const configChecks: SettingChecks<PushPullConfig> = {
  baseUrl: baseUrlSetting,
  localNames: localNamesSetting(configLimits.localName),
  hiddenFactors: idListSetting(configLimits.hiddenFactors),
  extraFactors: extraFactorsSetting,
  owners: ownersSetting,
};

/** The settings an attribute sets, with how each attribute is written. */
export const attributeSettings = { baseUrl: 'base-url', hiddenFactors: 'hidden-factors' };

/**
 * Resolves the configuration from the defaults (a fresh copy: see defaultSettings), an inline
 * JSON reading (see readInlineConfig) and the attributes.
 */
export function resolvePushPullConfig(defaults: PushPullConfig, inline: ReturnType<typeof readInlineConfig>, attributes: ConfigAttributes): ResolvedConfig<PushPullConfig> {
  return resolveWidgetConfig(defaults, configChecks, inline, attributeLayer(attributes, attributeSettings));
}

/** Reads an element's settings over the defaults: its inline JSON child, then its attributes. Returns the settings and the problems found. */
export function readPushPullConfig(defaults: PushPullConfig, element: Element & ConfigAttributes): [PushPullConfig, string[]] {
  const { config, errors } = resolvePushPullConfig(defaults, readInlineConfig(element), element);
  return [config, errors];
}
