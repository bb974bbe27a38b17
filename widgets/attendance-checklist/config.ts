/**
 * Checking the checklist's council configuration: which checklist, where its guidance links
 * point, the council's own names for its services, items to hide and items to add. Read with
 * the shared precedence in ../shared/config.ts: the defaults (config-defaults.ts), then the
 * inline JSON child, then attributes. The widget loads this only when there are settings to
 * check, so a checklist used as it comes carries none of this code.
 *
 * ```html
 * <attendance-checklist checklist="seven-questions" inclusion-service="the Inclusion Team">
 *   <script type="application/json">
 *     { "localNames": { "virtualSchool": "Anyshire Virtual School" },
 *       "hiddenItems": ["lateness"],
 *       "extraItems": [{ "id": "panel", "group": "support", "text": "Has the child been discussed at the attendance panel?" }] }
 *   </script>
 * </attendance-checklist>
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
import { checklistIds, isChecklistId } from './checklists.ts';
import { localNamesSetting } from '../shared/local-names-setting.ts';
import { defaultConfig, type ChecklistConfig, type ConfigAttributes, type ExtraItem } from './config-defaults.ts';

export const configLimits = { extraItems: 50, hiddenItems: 200, itemText: 500, guidanceText: 2000, localName: 120 };

const checklistSetting: SettingCheck<string> = (value) => (typeof value === 'string' && isChecklistId(value) ? { value } : { error: `must be one of: ${checklistIds.join(', ')}` });

const extraItemsSetting: SettingCheck<ExtraItem[]> = (value) => {
  if (!Array.isArray(value)) return { error: 'must be a list of items, like [{"id": "panel", "text": "..."}]' };
  if (value.length > configLimits.extraItems) return { error: `must have at most ${configLimits.extraItems} items` };
  const items: ExtraItem[] = [];
  const text = textSetting(configLimits.itemText);
  const guidance = textSetting(configLimits.guidanceText);
  for (const [index, raw] of value.entries()) {
    const where = `item ${index + 1}`;
    if (!isPlainObject(raw)) return { error: `${where} is not an object` };
    const unknown = Object.keys(raw).find((k) => !['id', 'text', 'group', 'why', 'askFor'].includes(k));
    if (unknown) return { error: `${where} has "${unknown}"; expected id, text, group, why, askFor` };
    if (typeof raw.id !== 'string' || raw.id.length > 100 || !idPattern.test(raw.id)) {
      return { error: `${where} needs an "id" of lower-case letters, digits and hyphens` };
    }
    const itemText = text(raw.text);
    if ('error' in itemText) return { error: `${where} ("${raw.id}") "text" ${itemText.error}` };
    const item: ExtraItem = { id: raw.id, text: itemText.value };
    if (raw.group !== undefined) {
      if (typeof raw.group !== 'string' || !idPattern.test(raw.group)) return { error: `${where} ("${raw.id}") "group" must be a group id` };
      item.group = raw.group;
    }
    for (const field of ['why', 'askFor'] as const) {
      if (raw[field] === undefined) continue;
      const checked = guidance(raw[field]);
      if ('error' in checked) return { error: `${where} ("${raw.id}") "${field}" ${checked.error}` };
      item[field] = checked.value;
    }
    items.push(item);
  }
  return { value: items };
};

export const configChecks: SettingChecks<ChecklistConfig> = {
  checklist: checklistSetting,
  baseUrl: baseUrlSetting,
  localNames: localNamesSetting(configLimits.localName),
  hiddenItems: idListSetting(configLimits.hiddenItems),
  extraItems: extraItemsSetting,
};

/** The settings an attribute sets, with how each attribute is written. */
export const attributeSettings = { checklist: 'checklist', baseUrl: 'base-url', hiddenItems: 'hidden-items' };

/** Resolves the configuration from an inline JSON reading (see readInlineConfig) and the attributes. */
export function resolveChecklistConfig(inline: ReturnType<typeof readInlineConfig>, attributes: ConfigAttributes): ResolvedConfig<ChecklistConfig> {
  const defaults: ChecklistConfig = { ...defaultConfig, localNames: { ...defaultConfig.localNames } };
  return resolveWidgetConfig(defaults, configChecks, inline, attributeLayer(attributes, attributeSettings));
}

/** Reads an element's settings over the defaults: its inline JSON child, then its attributes. Returns the settings and the problems found. */
export function readChecklistConfig(element: Element & ConfigAttributes): [ChecklistConfig, string[]] {
  const { config, errors } = resolveChecklistConfig(readInlineConfig(element), element);
  return [config, errors];
}
