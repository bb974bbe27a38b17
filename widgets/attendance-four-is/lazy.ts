/**
 * Everything the planner shows once its shell is on screen: the four steps, the report and
 * the CSV exports. The element imports this module as soon as it is connected; the build
 * puts it in a chunk beside the widget's own file (chunks/), fetched from the same place and
 * never from anywhere else. Splitting here keeps the first load within the widget budget.
 */
export { IdentifyStep } from './identify.ts';
export { PlanSteps } from './steps.ts';
export { reportText } from './report.ts';
export { stepStyles as partStyles } from './step-styles.ts';
export { dimensionsFor } from './labels.ts';
