/**
 * What the element offers the steps it loads later (lazy.ts): its state, its settings and a
 * way to change the plan. Types only, so this file adds nothing to either bundle.
 */
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
  /** Saves a change the person made, and says `message` politely. */
  change(next: FourIsValue, message?: string): void;
  /** Says something politely without changing the plan. */
  say(message: string): void;
  /** Renders again after a step's own state (a form error) changed; resolves once rendered. */
  refresh(): Promise<unknown>;
  /** Renders, then moves focus to the first element matching `selector`. */
  focus(selector: string): Promise<void>;
}
