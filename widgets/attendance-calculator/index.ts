import { AttendanceCalculator } from './attendance-calculator.ts';

export { AttendanceCalculator };
export type { CalculatorValue } from './attendance-calculator.ts';

// Registering twice (two script tags on one intranet page) must not throw.
if (!customElements.get('attendance-calculator')) customElements.define('attendance-calculator', AttendanceCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'attendance-calculator': AttendanceCalculator;
  }
}
