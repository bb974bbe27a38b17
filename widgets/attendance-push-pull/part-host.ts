/**
 * How the part `attendance-push-pull` loads beside itself (edit-part.ts) works on the
 * widget: it reads the value, commits changes, announces them and moves focus, exactly as the
 * widget does for its own controls. Types only: nothing here runs.
 */
import type { nothing, TemplateResult } from 'lit';
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

export interface PartHost {
  readonly value: PushPullValue;
  readonly library: readonly LibraryFactor[];
  /** Owner suggestions, with the council's names filled in. */
  readonly owners: readonly string[];
  readonly state: PartState;
  readonly root: ParentNode;
  /** Titles of the sources, once loaded (empty before). */
  readonly sources: readonly SourceInfo[];
  /** Start of the guidance links. */
  readonly baseUrl: string;
  /** A heading level relative to the widget's own. */
  level(offset: number): number;
  commit(next: PushPullValue): void;
  /** The widget's check of a text field against its limit: true when the text may be kept (KitWidget.withinLimit). */
  withinLimit(field: string, text: string, max: number): boolean;
  /** The message of that check, with the id `<field>-limit` (KitWidget.renderLengthMessage). */
  lengthMessage(field: string): TemplateResult | typeof nothing;
  /** The id to add to the field's aria-describedby for that message, or undefined. */
  lengthMessageId(field: string): string | undefined;
  announce(message: string): void;
  /** Focuses the first of these ids that exists and is enabled, once the change is drawn. */
  focus(...ids: string[]): void;
  /** Redraws after a change to `state` alone. */
  update(): void;
}
