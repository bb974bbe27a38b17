/**
 * How a part that a widget loads later (the push and pull editor, the four i's steps) works on
 * the widget, the same way for every widget: it reads the value, keeps a change with what to
 * say about it, checks a field against its limit, says things and moves focus, exactly as the
 * widget does for its own controls. KitWidget makes one (`partHost()`); a widget adds what only
 * its parts need. Types only: nothing here runs.
 */
import type { nothing, TemplateResult } from 'lit';

export interface PartHost<T> {
  readonly value: T;
  readonly root: ParentNode;
  /** The level of a heading `offset` levels below the widget's own. */
  level(offset: number): number;
  /**
   * Keeps a change the person made and says `message`, if given; false (and nothing said but
   * why) when the value check refuses it (shared/limits.ts), so it is not kept.
   */
  commit(next: T, message?: string): boolean;
  /** Checks a text field against its limit: true when the text may be kept (KitWidget.withinLimit). */
  withinLimit(field: string, text: string, max: number): boolean;
  /** The message of that check, with the id `<field>-limit` (KitWidget.renderLengthMessage). */
  lengthMessage(field: string): TemplateResult | typeof nothing;
  /** The id to add to the field's aria-describedby for that message, or undefined. */
  lengthMessageId(field: string): string | undefined;
  /** Says something politely, without changing the work. */
  announce(message: string): void;
  /** Makes the widget's `updateComplete` wait for work a part started (reading a file). */
  track(work: Promise<unknown>): void;
  /** Draws again, after a change to a part's own state (a form error); resolves once drawn (never waits for tracked work). */
  refresh(): Promise<unknown>;
  /** Draws, then focuses the first of these selectors that matches an element that is not disabled. */
  focus(...selectors: string[]): Promise<void>;
}
