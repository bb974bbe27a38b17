import { z } from 'astro/zod';
import { slugId, text } from './common.ts';

/**
 * A fictional sample case (content/sample-cases/<id>.json) for training: presenter mode
 * (src/scripts/presenter.ts) loads it into every widget on the screen with one action, and
 * the push and pull explorer's "load the example" button shows its map.
 *
 * This schema checks the shape a person writes and that the case says it is fictional. Each
 * widget part is then checked with that widget's own value check in
 * test/unit/sample-cases.unit.test.ts, so a case can never be one a widget refuses to load.
 */
const calculatorValue = z.strictObject({
  mode: z.enum(['sessions', 'percent']),
  /** Figures as typed into the calculator: whole sessions, or a percentage; empty when not used. */
  possible: z.string(),
  attended: z.string(),
  percent: z.string(),
});

const checklistItem = z.strictObject({
  /** A status id of that checklist (its `statuses`, or the default not-asked / asked / answered / concern). */
  status: slugId,
  note: z.string().max(2000),
  /** Only on an item that embeds the calculator: the figures it shows. */
  attendance: z.strictObject({ value: calculatorValue }).optional(),
});

export const sampleCaseSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Shown on screen whenever the case is loaded; must say "(fictional)" so no one takes it for a real child. */
  title: text.regex(/\(fictional\)/, 'expected the title to say "(fictional)", so no one mistakes the case for a real child'),
  /** A sentence or two about the child, ending with the reminder that the case is made up. */
  summary: text.regex(/made-up|fictional/i, 'expected the summary to say the case is made up or fictional'),
  /** What the attendance calculator shows. */
  calculator: calculatorValue,
  /** Work for each checklist, by checklist id (content/checklists/<id>.json) and item id. */
  checklists: z.record(slugId, z.record(slugId, checklistItem)),
  /** The push and pull map: the widget's own value (factors and adjustments). */
  pushPull: z.strictObject({ factors: z.array(z.record(z.string(), z.unknown())).max(60), adjustments: z.array(z.record(z.string(), z.unknown())).max(100) }),
  /** A small cohort and plan for the four i's planner: the widget's own value. */
  fourIs: z.record(z.string(), z.unknown()),
});

export type SampleCase = z.infer<typeof sampleCaseSchema>;
