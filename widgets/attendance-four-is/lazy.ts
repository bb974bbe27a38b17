/**
 * Everything the planner shows once its shell is on screen: the four steps, the report and
 * the CSV exports. The element imports this module as soon as it is connected; the build
 * puts it in a chunk beside the widget's own file (chunks/), fetched from the same place and
 * never from anywhere else. Splitting here keeps the first load within the widget budget.
 */
import { IdentifyStep } from './identify-step.ts';
import { IntelligenceStep } from './intelligence-step.ts';
import { InterventionStep } from './intervention-step.ts';
import { ImpactStep } from './impact-step.ts';
import type { PlanHost } from './host.ts';

/** The four steps, one file each, drawn in the tab of the same name. */
export const createSteps = (host: PlanHost) => ({
  identify: new IdentifyStep(host),
  intelligence: new IntelligenceStep(host),
  intervention: new InterventionStep(host),
  impact: new ImpactStep(host),
});
export { reportText } from './report.ts';
export { stepStyles as partStyles } from './step-styles.ts';
export { dimensionsFor } from './labels.ts';
