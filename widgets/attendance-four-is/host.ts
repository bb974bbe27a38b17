/**
 * What the element offers the steps it loads later (lazy.ts): the shared verbs of every
 * widget's parts (shared/part-host.ts), its settings and what follows from them. Types only, so
 * this file adds nothing to either bundle.
 */
import type { PartHost } from '../shared/part-host.ts';
import type { Dimension } from './analysis.ts';
import type { FourIsConfig } from './config-defaults.ts';
import type { BreakdownRules, Trait } from './model.ts';
import type { FourIsValue } from './state.ts';

export interface PlanHost extends PartHost<FourIsValue> {
  readonly config: FourIsConfig;
  readonly rules: BreakdownRules;
  /** What the cohort can be broken down by, from its characteristics. */
  readonly dimensions: Dimension[];
  /** Characteristics recognised in a file: the built-in ones and the council's. */
  readonly knownTraits: Trait[];
  /** Today on this device, YYYY-MM-DD: actions due before it are overdue. */
  today(): string;
}
