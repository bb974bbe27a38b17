import data from './registry.json' with { type: 'json' };

/** What an attribute of an embeddable widget may be: one of `values`, or text matching `pattern` (a `u` regular expression). */
export interface AttributeRule {
  values?: string[];
  pattern?: string;
}

/** One embeddable widget and the settings its iframe embed page accepts. */
export interface RegistryWidget {
  tag: string;
  title: string;
  summary: string;
  attributes: Record<string, AttributeRule>;
}

/** widgets/registry.json, typed. */
export const registry = data as unknown as { widgets: RegistryWidget[]; commonAttributes: Record<string, AttributeRule> };
