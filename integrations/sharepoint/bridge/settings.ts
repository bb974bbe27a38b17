/**
 * The web parts' settings, worked out from widgets/registry.json so that a SharePoint page
 * accepts exactly what an iframe embed page accepts: the property pane's fields, their
 * defaults, and property pane values → the element's attributes. Pure: no DOM, no SPFx.
 */
import { registry, type AttributeRule, type RegistryWidget } from '../../../widgets/registry.ts';
import { readEmbedParams } from '../../../widgets/embed/embed-params.ts';
import assessment from '../../../content/checklists/assessment.json' with { type: 'json' };
import pupilVoice from '../../../content/checklists/pupil-voice.json' with { type: 'json' };
import sevenQuestions from '../../../content/checklists/seven-questions.json' with { type: 'json' };
import supervision from '../../../content/checklists/supervision.json' with { type: 'json' };
import supportAndMonitoring from '../../../content/checklists/support-and-monitoring.json' with { type: 'json' };
import { strings, type SettingName } from './strings.ts';
import type { PaneField, PaneGroup, WebPartProperties } from './api.ts';

/** Settings the web part sets itself: the storage key from its own instance id, the colours from the page's theme. */
const setByWebPart = new Set(['storage-key', 'theme']);

/** The pane's groups, and which setting goes in which (settings not named here go under "What the tool shows"). */
const groupOf: Record<string, keyof typeof strings.groups> = {
  storage: 'saving',
  'attendance-team': 'localNames',
  'virtual-school': 'localNames',
  'inclusion-service': 'localNames',
  'base-url': 'localNames',
  'responsibilities-url': 'localNames',
  'heading-level': 'layout',
};

/** Defaults where the registry's first value is not the widget's own default. */
const defaults: Record<string, string> = { storage: 'none' };

const checklistTitles: Record<string, string> = {
  assessment: assessment.title,
  'pupil-voice': pupilVoice.title,
  'seven-questions': sevenQuestions.title,
  supervision: supervision.title,
  'support-and-monitoring': supportAndMonitoring.title,
};

export function registryWidget(tag: string): RegistryWidget | undefined {
  return registry.widgets.find((widget) => widget.tag === tag);
}

function rulesFor(widget: RegistryWidget): Record<string, AttributeRule> {
  const rules: Record<string, AttributeRule> = { ...registry.commonAttributes, ...widget.attributes };
  for (const name of setByWebPart) delete rules[name];
  return rules;
}

/** A rule whose only value is "" is a boolean attribute (present or absent): a toggle in the pane. */
const isToggle = (rule: AttributeRule) => rule.values?.length === 1 && rule.values[0] === '';

function choiceLabel(name: string, value: string): string {
  if (name === 'checklist') return checklistTitles[value] ?? value;
  if (name === 'heading-level') return `Level ${value}`;
  const labels = (strings.settings[name as SettingName] as { choices?: Record<string, string> } | undefined)?.choices;
  return labels?.[value] ?? value;
}

function field(name: string, rule: AttributeRule): PaneField {
  const text = strings.settings[name as SettingName] as { label: string; description?: string } | undefined;
  const base = { property: name, label: text?.label ?? name, ...(text?.description ? { description: text.description } : {}) };
  if (isToggle(rule)) {
    const words = text as { on?: string; off?: string } | undefined;
    return { ...base, kind: 'toggle', ...(words?.on ? { onText: words.on, offText: words.off } : {}) };
  }
  if (rule.values) return { ...base, kind: 'choice', choices: rule.values.map((value) => ({ value, label: choiceLabel(name, value) })) };
  return { ...base, kind: 'text' };
}

/** The property pane for one widget, group by group, in the order a page author meets them. */
export function paneGroups(tag: string): PaneGroup[] {
  const widget = registryWidget(tag);
  if (!widget) return [];
  const order = Object.keys(strings.groups) as (keyof typeof strings.groups)[];
  const fields = Object.entries(rulesFor(widget)).map(([name, rule]) => ({ group: groupOf[name] ?? 'content', field: field(name, rule) }));
  return order.map((group) => ({ name: strings.groups[group], fields: fields.filter((f) => f.group === group).map((f) => f.field) })).filter((group) => group.fields.length > 0);
}

/** The settings a new web part starts with: what the widget itself would do with no attributes. */
export function defaultProperties(tag: string): WebPartProperties {
  const widget = registryWidget(tag);
  const properties: WebPartProperties = {};
  if (!widget) return properties;
  for (const [name, rule] of Object.entries(rulesFor(widget))) {
    properties[name] = isToggle(rule) ? false : (defaults[name] ?? rule.values?.[0] ?? '');
  }
  return properties;
}

export interface WidgetAttributes {
  attributes: Record<string, string>;
  /** One line per setting that was not used, naming it as the pane does. */
  problems: string[];
}

/**
 * Property pane values → the element's attributes, checked against the same rules as the
 * iframe embed pages (widgets/embed/embed-params.ts). Empty text and an unset toggle give no
 * attribute, so the widget's own default applies. `instanceId` keeps two web parts of the
 * same tool on one page from sharing saved work.
 */
export function webPartAttributes(tag: string, properties: WebPartProperties, instanceId: string): WidgetAttributes {
  const widget = registryWidget(tag);
  if (!widget) return { attributes: {}, problems: [] };
  const rules = rulesFor(widget);
  const asked = new URLSearchParams();
  const problems: string[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const value = properties[name];
    if (isToggle(rule)) {
      if (value === true) asked.set(name, '');
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') continue;
    asked.set(name, value.trim());
  }
  const { attributes } = readEmbedParams(asked.toString(), { attributes: rules, commonAttributes: {} });
  for (const name of asked.keys()) {
    if (Object.prototype.hasOwnProperty.call(attributes, name)) continue;
    const pane = field(name, rules[name]!);
    problems.push(
      pane.kind === 'choice'
        ? strings.notAChoice(
            pane.label,
            pane.choices!.map((c) => c.label),
          )
        : strings.notAllowed(pane.label),
    );
  }
  return { attributes: { ...attributes, 'storage-key': storageKey(instanceId) }, problems };
}

/** The storage key for a web part: its instance id, which SharePoint keeps for the life of the web part. */
export function storageKey(instanceId: string): string {
  return `sharepoint-${instanceId.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 49)}`;
}

/** For the pane's text fields: '' when the value can be used, else what is wrong with it. */
export function settingProblem(tag: string, property: string, value: string): string {
  return webPartAttributes(tag, { [property]: value }, 'check').problems[0] ?? '';
}
