/**
 * The factor library's shapes and the lanes and settings a factor can have. The library's
 * text itself (content/factors.json) is in library-data.ts, which the widget loads after it
 * first appears so that its words do not weigh on the widget's own module. No DOM here.
 */

export type Lane = 'push' | 'pull' | 'pull-back';
export type Setting = 'in-school' | 'out-of-school';

/** The lanes in the order they are shown: the two that keep a child away, then the one that draws them back. */
export const lanes: readonly Lane[] = ['push', 'pull', 'pull-back'];
export const settings: readonly Setting[] = ['in-school', 'out-of-school'];

export const isLane = (value: unknown): value is Lane => value === 'push' || value === 'pull' || value === 'pull-back';
export const isSetting = (value: unknown): value is Setting => value === 'in-school' || value === 'out-of-school';

export interface Citation {
  source: string;
  section: string;
}

/** A factor as the widget offers it: the shipped text with the council's names filled in, or a council's own. */
export interface LibraryFactor {
  id: string;
  label: string;
  lane: Lane;
  setting: Setting;
  askWho: 'child' | 'family';
  /** The question to ask; a council's own factor may have none. */
  question?: string;
  adjustments: string[];
  /** Guidance page slug; none for a council's factor. */
  page?: string;
  /** None for a council's factor. */
  citations: Citation[];
  /** True for a factor the council added. */
  local: boolean;
}

/** The library factor with this id, if any (a plain search: ids such as "constructor" find nothing). */
export function findFactor(library: readonly LibraryFactor[], id: string): LibraryFactor | undefined {
  return library.find((f) => f.id === id);
}
