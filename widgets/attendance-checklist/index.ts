import { AttendanceChecklist } from './attendance-checklist.ts';

export { AttendanceChecklist };
export type { ChecklistValue, ItemState, AttendanceRecord } from './state.ts';

// Registering twice (two script tags on one intranet page) must not throw.
if (!customElements.get('attendance-checklist')) customElements.define('attendance-checklist', AttendanceChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'attendance-checklist': AttendanceChecklist;
  }
}
