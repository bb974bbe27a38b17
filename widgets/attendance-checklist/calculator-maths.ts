/**
 * The attendance maths the checklist borrows from the calculator (its official definitions,
 * never re-implemented here): the band and the sentence in days for the calculator's figures.
 * Loaded with the calculator (calculator-part.ts), only by a checklist that shows the
 * calculator or holds its figures. No DOM here.
 */
import { calculateAttendance } from '../attendance-calculator/calculator.ts';
import { attendanceSentence, bandLabel } from '../attendance-calculator/describe.ts';
import type { AttendanceMaths } from './state.ts';

export const attendanceMaths: AttendanceMaths = {
  describe(value) {
    const result = calculateAttendance(
      value.mode === 'percent' ? { mode: 'percent', percent: value.percent } : { mode: 'sessions', possible: value.possible, attended: value.attended },
    );
    return result.ok ? { band: bandLabel(result.figures.band), sentence: attendanceSentence(result.figures) } : undefined;
  },
};
