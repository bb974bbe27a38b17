/**
 * The factor library's text: content/factors.json (validated by the site's build with
 * content/schemas/factor.ts), with the council's configuration applied: local names filled
 * in, hidden factors taken out, the council's own factors added. The widget loads this module
 * after it first appears, from a chunk beside it. No DOM here.
 */
import factors from '../../content/factors.json' with { type: 'json' };
import { fillLocalNames } from '../../content/schemas/local-names.ts';
import { formatMessage } from '../shared/strings.ts';
import type { PushPullConfig } from './config-defaults.ts';
import { isLane, isSetting, type Citation, type LibraryFactor } from './library.ts';
import { partStrings as strings } from './strings-parts.ts';

/** A factor of content/factors.json as written (the schema's input: defaults not yet applied). */
export interface SourceFactor {
  id: string;
  label: string;
  lane: string;
  setting: string;
  askWho?: string;
  question: string;
  adjustments?: string[];
  page: string;
  citations: Citation[];
}

// A typed assignment: `npm run typecheck` fails if the file stops matching SourceFactor.
export const shippedFactors: readonly SourceFactor[] = factors;

/** Every shipped factor's id, in library order. */
export const shippedFactorIds: readonly string[] = shippedFactors.map((f) => f.id);

/**
 * Builds the library for a configuration, and the owners an adjustment may have, with the
 * council's names filled in (here, so the widget's first load needs no name filling); returns
 * the problems found applying it.
 */
export function buildLibrary(config: Pick<PushPullConfig, 'localNames' | 'hiddenFactors' | 'extraFactors' | 'owners'>): {
  factors: LibraryFactor[];
  owners: string[];
  errors: string[];
} {
  const fill = (text: string) => fillLocalNames(text, config.localNames);
  const errors: string[] = [];
  const hidden = new Set(config.hiddenFactors);
  for (const id of hidden) if (!shippedFactorIds.includes(id)) errors.push(formatMessage(strings.configHiddenUnknown, { id }));
  const list: LibraryFactor[] = shippedFactors
    .filter((f) => !hidden.has(f.id))
    .map((f) => ({
      id: f.id,
      label: fill(f.label),
      lane: isLane(f.lane) ? f.lane : 'push',
      setting: isSetting(f.setting) ? f.setting : 'in-school',
      askWho: f.askWho === 'family' ? 'family' : 'child',
      question: fill(f.question),
      adjustments: (f.adjustments ?? []).map(fill),
      page: f.page,
      citations: f.citations,
      local: false,
    }));
  for (const extra of config.extraFactors) {
    if (shippedFactorIds.includes(extra.id)) {
      errors.push(formatMessage(strings.configExtraDuplicate, { id: extra.id }));
      continue;
    }
    list.push({
      id: extra.id,
      label: fill(extra.label),
      lane: extra.lane,
      setting: extra.setting,
      askWho: extra.askWho ?? 'child',
      question: extra.question === undefined ? undefined : fill(extra.question),
      adjustments: (extra.adjustments ?? []).map(fill),
      citations: [],
      local: true,
    });
  }
  return { factors: list, owners: config.owners.map(fill), errors };
}
