/**
 * What the checklist loads, as one chunk, when a checklist shows the calculator or its work
 * holds the calculator's figures: the <attendance-calculator> element (registered on import)
 * and the maths that describes its figures.
 */
import '../attendance-calculator/index.ts';

export { attendanceMaths } from './calculator-maths.ts';
