import data from './registry.json' with { type: 'json' };
import type { AttributeRule } from './embed/embed-params.ts';

/** One embeddable widget and the settings its iframe embed page accepts. */
export interface RegistryWidget {
  tag: string;
  title: string;
  summary: string;
  attributes: Record<string, AttributeRule>;
}

/** widgets/registry.json, typed. */
export const registry = data as unknown as { widgets: RegistryWidget[]; commonAttributes: Record<string, AttributeRule> };
