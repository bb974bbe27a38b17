/**
 * A checklist as the widget shows it: the shipped data with the council's configuration
 * applied (local names filled in, hidden items taken out, extra items added) and the
 * schema's defaults filled in (build-view.ts makes it). No DOM here.
 */
import type { Citation } from './checklists.ts';

export type StatusKind = 'open' | 'done' | 'concern';

export interface ViewStatus {
  id: string;
  label: string;
  kind: StatusKind;
}

/** Anything that takes a status and a note: an item or one of its sub-items. */
export interface ViewEntry {
  id: string;
  /** "3" for an item, "a" for a sub-item. */
  number: string;
  text: string;
  why?: string;
  askFor?: string;
  dated?: string;
  /** A tool shown inside the item. */
  embed?: 'attendance-calculator';
  /** Slug of the guidance page; none for a council's own items. */
  page?: string;
  /** None for a council's own items. */
  citation?: Citation;
  /** True for an item the council added. */
  local: boolean;
  subItems: ViewEntry[];
}

export interface ViewGroup {
  id: string;
  title: string;
  items: ViewEntry[];
}

export interface ChecklistView {
  id: string;
  title: string;
  summary: string;
  statuses: ViewStatus[];
  /** The status an item starts with. */
  initialStatus: ViewStatus;
  doneLabel: string;
  groups: ViewGroup[];
  citations: Citation[];
}

/** Every entry that takes a status, in reading order: each item, then its sub-items. */
export function viewEntries(view: ChecklistView): ViewEntry[] {
  return view.groups.flatMap((group) => group.items.flatMap((item) => [item, ...item.subItems]));
}

/** Every citation the checklist and its shown items make, without repeats, in order. */
export function viewCitations(view: ChecklistView): Citation[] {
  const all = [...view.citations, ...viewEntries(view).flatMap((e) => (e.citation ? [e.citation] : []))];
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.source}\u0000${c.section}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
