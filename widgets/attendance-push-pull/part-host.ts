/**
 * How the part `attendance-push-pull` loads beside itself (edit-part.ts) works on the widget:
 * the shared verbs of every widget's parts (shared/part-host.ts), and what only this editor
 * reads. Types only: nothing here runs.
 */
import type { PartHost as SharedPartHost } from '../shared/part-host.ts';
import type { SourceInfo } from '../shared/sources.ts';
import type { LibraryFactor } from './library.ts';
import type { PushPullValue } from './state.ts';

/** What the part keeps on screen between changes; the widget holds it and clears it on reset. */
export interface PartState {
  libraryError: string;
  ownError: string;
  /** Review dates typed but not yet a real date, by adjustment id: shown with an error, not saved. */
  dateDrafts: Record<string, string>;
}

export interface PartHost extends SharedPartHost<PushPullValue> {
  readonly library: readonly LibraryFactor[];
  /** Owner suggestions, with the council's names filled in. */
  readonly owners: readonly string[];
  readonly state: PartState;
  /** Titles of the sources, once loaded (empty before). */
  readonly sources: readonly SourceInfo[];
  /** Start of the guidance links. */
  readonly baseUrl: string;
}
