/**
 * What the element offers the steps it loads later (lazy.ts): its state, its settings and a
 * way to change the plan. Types only, so this file adds nothing to either bundle.
 */
import type { nothing, TemplateResult } from 'lit';
import type { Dimension } from './analysis.ts';
import type { FourIsConfig } from './config.ts';
import type { BreakdownRules, Trait } from './model.ts';
import type { FourIsValue } from './state.ts';

export interface PlanHost {
  readonly value: FourIsValue;
  readonly config: FourIsConfig;
  readonly rules: BreakdownRules;
  /** What the cohort can be broken down by, from its characteristics. */
  readonly dimensions: Dimension[];
  /** Characteristics recognised in a file: the built-in ones and the council's. */
  readonly knownTraits: Trait[];
  readonly root: ParentNode;
  /** The heading level for a heading `offset` levels below the widget's own. */
  level(offset: number): number;
  /** Today on this device, YYYY-MM-DD: actions due before it are overdue. */
  today(): string;
  /**
   * Saves a change the person made, and says `message` politely; false (and nothing said but
   * why) when the plan would grow past its limit (shared/limits.ts), so it is not kept.
   */
  change(next: FourIsValue, message?: string): boolean;
  /** Checks a text field against its limit: true when the text may be kept (KitWidget.withinLimit). */
  withinLimit(field: string, text: string, max: number): boolean;
  /** The message of that check, with the id `<field>-limit` (KitWidget.renderLengthMessage). */
  lengthMessage(field: string): TemplateResult | typeof nothing;
  /** The id to add to the field's aria-describedby for that message, or undefined. */
  lengthMessageId(field: string): string | undefined;
  /** Says something politely without changing the plan. */
  say(message: string): void;
  /** Renders again after a step's own state (a form error) changed; resolves once rendered. */
  refresh(): Promise<unknown>;
  /** Renders, then moves focus to the first element matching `selector`. */
  focus(selector: string): Promise<void>;
}
