/**
 * Reads an iframe embed page's query string into the attributes of the one widget it shows.
 * Only attributes listed for the widget in widgets/registry.json are taken, and only values
 * that pass their rule; everything else is reported, never passed on.
 */
import type { AttributeRule } from '../registry.ts';

export interface EmbedRules {
  attributes: Record<string, AttributeRule>;
  commonAttributes: Record<string, AttributeRule>;
}

export interface EmbedParams {
  attributes: Record<string, string>;
  /** The id the host gave the iframe, echoed in height messages so it can find the frame. */
  frameId: string | undefined;
  problems: string[];
}

const frameIdPattern = /^[A-Za-z][\w-]{0,60}$/;

const passes = (rule: AttributeRule, value: string) => (rule.values ? rule.values.includes(value) : rule.pattern ? new RegExp(rule.pattern, 'u').test(value) : false);

/**
 * `defaults` are the page's own settings (a council edition's local names, written into the
 * page when it was built): taken under the same rules, and overridden by the query string.
 */
export function readEmbedParams(search: string, rules: EmbedRules, defaults: Record<string, string> = {}): EmbedParams {
  const params = new URLSearchParams(search);
  const allowed: Record<string, AttributeRule> = { ...rules.commonAttributes, ...rules.attributes };
  const ruleFor = (name: string) => (Object.prototype.hasOwnProperty.call(allowed, name) ? allowed[name] : undefined);
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  const problems: string[] = [];
  let frameId: string | undefined;
  for (const [name, value] of Object.entries(defaults)) {
    const rule = ruleFor(name);
    if (rule && typeof value === 'string' && passes(rule, value)) attributes[name] = value;
  }
  for (const [name, value] of params) {
    if (name === 'frame-id') {
      if (frameIdPattern.test(value)) frameId = value;
      else problems.push('frame-id must start with a letter and use only letters, digits, - and _.');
      continue;
    }
    const rule = ruleFor(name);
    if (!rule) {
      problems.push(`“${name.slice(0, 40)}” is not a setting of this widget, so it was ignored.`);
      continue;
    }
    if (!passes(rule, value)) {
      problems.push(rule.values ? `${name} must be one of: ${rule.values.join(', ')}. It was ignored.` : `${name} has a value that is not allowed, so it was ignored.`);
      continue;
    }
    attributes[name] = value;
  }
  return { attributes, frameId, problems };
}

export const heightMessageType = 'attendance-kit:height';

/** The message an embed page posts to its host when its height changes. */
export interface HeightMessage {
  type: typeof heightMessageType;
  frameId: string | undefined;
  height: number;
}
