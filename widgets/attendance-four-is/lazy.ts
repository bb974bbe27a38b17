/**
 * What the planner loads as soon as its shell is on screen: the first step, Identify, which is
 * the tab a planner opens on. The other three steps and the report load when one of their tabs
 * opens or when there is a plan to report on (later-steps.ts), each with only the content it
 * needs. The build puts both in chunks beside the widget's own file (chunks/), fetched from the
 * same place and never from anywhere else. Splitting here keeps the first load within the
 * widget budget and the planner as a person opens it within 30 KB.
 */
import { IdentifyStep } from './identify-step.ts';
import type { PlanHost } from './host.ts';

export const createIdentify = (host: PlanHost) => new IdentifyStep(host);
export { stepStyles as partStyles } from './step-styles.ts';
export { dimensionsFor } from './labels.ts';
