/**
 * Builds the view of a checklist (model.ts) from its shipped data and the council's
 * configuration. Loaded with the checklist's data (items-part.ts). No DOM here.
 */
import { fillLocalNames, type LocalNames } from '../../content/schemas/local-names.ts';
import type { ChecklistSource } from './checklists.ts';
import type { ChecklistConfig } from './config-defaults.ts';
import { checklistStrings as strings } from './strings.ts';
import { formatMessage } from '../shared/strings.ts';
import type { ChecklistView, StatusKind, ViewEntry, ViewGroup, ViewStatus } from './model.ts';

/** The schema's default statuses, for a checklist that does not list its own. */
export const defaultStatuses: ViewStatus[] = [
  { id: 'not-asked', label: 'Not yet asked', kind: 'open' },
  { id: 'asked', label: 'Asked', kind: 'open' },
  { id: 'answered', label: 'Answered', kind: 'done' },
  { id: 'concern', label: 'Concern', kind: 'concern' },
];

/** The id of the group that holds a council's items when they name no group of the checklist. */
export const localGroupId = 'added-locally';

const statusKind = (kind: string | undefined): StatusKind => (kind === 'done' || kind === 'concern' ? kind : 'open');
const letters = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Builds the view of the configured checklist from its loaded data (`source`, the checklist
 * `config.checklist` names). Returns the problems found while applying the configuration
 * (hidden ids that are not in the checklist, clashing extra ids), which the widget shows
 * beside those from reading it.
 */
export function buildView(config: ChecklistConfig, source: ChecklistSource): { view: ChecklistView; errors: string[] } {
  const names: LocalNames = config.localNames;
  const fill = (text: string | undefined) => (text === undefined ? undefined : fillLocalNames(text, names));
  const errors: string[] = [];
  const hidden = new Set(config.hiddenItems);
  const known = new Set<string>();

  const groups: ViewGroup[] = source.groups.map((group) => ({
    id: group.id,
    title: group.title,
    items: group.items.map((item) => {
      known.add(item.id);
      return {
        id: item.id,
        number: '',
        text: fill(item.text)!,
        why: fill(item.why),
        askFor: fill(item.askFor),
        dated: fill(item.dated),
        embed: item.embed === 'attendance-calculator' ? 'attendance-calculator' : undefined,
        page: item.page,
        citation: item.citation,
        local: false,
        subItems: (item.subItems ?? []).map((sub) => {
          known.add(sub.id);
          return { id: sub.id, number: '', text: fill(sub.text)!, dated: fill(sub.dated), page: item.page, citation: item.citation, local: false, subItems: [] };
        }),
      };
    }),
  }));

  for (const id of config.hiddenItems) {
    if (!known.has(id)) errors.push(formatMessage(strings.configHiddenUnknown, { id }));
  }

  const localGroup: ViewGroup = { id: localGroupId, title: strings.localGroupTitle, items: [] };
  for (const extra of config.extraItems) {
    if (known.has(extra.id)) {
      errors.push(formatMessage(strings.configExtraDuplicate, { id: extra.id }));
      continue;
    }
    known.add(extra.id);
    const entry: ViewEntry = { id: extra.id, number: '', text: fill(extra.text)!, why: fill(extra.why), askFor: fill(extra.askFor), local: true, subItems: [] };
    const target = extra.group === undefined ? localGroup : groups.find((g) => g.id === extra.group);
    if (!target) errors.push(formatMessage(strings.configExtraGroupUnknown, { id: extra.id, group: extra.group ?? '' }));
    (target ?? localGroup).items.push(entry);
  }
  if (localGroup.items.length > 0) groups.push(localGroup);

  // Hiding happens after extra items are placed, so a council can hide its own items too.
  let number = 0;
  const visibleGroups = groups
    .map((group) => ({
      ...group,
      items: group.items
        .filter((item) => !hidden.has(item.id))
        .map((item) => {
          number += 1;
          return {
            ...item,
            number: String(number),
            subItems: item.subItems.filter((sub) => !hidden.has(sub.id)).map((sub, i) => ({ ...sub, number: letters[i] ?? String(i + 1) })),
          };
        }),
    }))
    .filter((group) => group.items.length > 0);

  const statuses = source.statuses?.length ? source.statuses.map((s) => ({ id: s.id, label: s.label, kind: statusKind(s.kind) })) : defaultStatuses;
  return {
    view: {
      id: config.checklist,
      title: source.title,
      summary: source.summary,
      statuses,
      initialStatus: statuses[0]!,
      doneLabel: source.doneLabel ?? 'answered',
      groups: visibleGroups,
      citations: source.citations,
    },
    errors,
  };
}
