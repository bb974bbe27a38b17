/**
 * The planner's later steps, loaded when one of their tabs first opens or when the plan holds
 * something to report on: Intelligence, Intervention and Impact (one file each, drawn in the
 * tab of the same name), and the report that "Copy", "Print" and the browser's own printing
 * use. The roles and the levels of the summary table of responsibilities (plan-data.ts) come
 * with them, never with the first step.
 */
import { IntelligenceStep } from './intelligence-step.ts';
import { InterventionStep } from './intervention-step.ts';
import { ImpactStep } from './impact-step.ts';
import type { PlanHost } from './host.ts';

export const createLaterSteps = (host: PlanHost) => ({
  intelligence: new IntelligenceStep(host),
  intervention: new InterventionStep(host),
  impact: new ImpactStep(host),
});
export { reportText } from './report.ts';
export { stepStyles as partStyles } from './step-styles.ts';
export { dimensionsFor } from './labels.ts';
