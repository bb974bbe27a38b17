/**
 * Who leads on a factor, by whether it sits in or out of school: content/who-leads.json, what
 * the statutory summary table of responsibilities says, retold and cited (validated by the
 * site's build with content/schemas/who-leads.ts). The tool page shows the same text. Loaded
 * with the editor and the plan summary, not with the widget's first paint. No DOM here.
 */
import whoLeads from '../../content/who-leads.json' with { type: 'json' };
import type { Citation, Setting } from './library.ts';

export interface Lead {
  text: string;
  citations: readonly Citation[];
}

const bySetting = new Map<string, Lead>(whoLeads.map((lead) => [lead.id, lead]));

/** What the summary table says about who leads on a barrier that sits here. */
export function leadFor(setting: Setting): Lead {
  const lead = bySetting.get(setting);
  if (!lead) throw new Error(`content/who-leads.json has no entry for "${setting}"`);
  return lead;
}
