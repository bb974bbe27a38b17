import { AttendanceFourIs } from './attendance-four-is.ts';

export { AttendanceFourIs };
export type { FourIsValue, Involvement, PlanAction, ActionStatus } from './state.ts';
export type { Pupil, SocialWorkerStatus, SendStatus, Target, Recorded, Term, Figures } from './model.ts';

// Registering twice (two script tags on one intranet page) must not throw.
if (!customElements.get('attendance-four-is')) customElements.define('attendance-four-is', AttendanceFourIs);

declare global {
  interface HTMLElementTagNameMap {
    'attendance-four-is': AttendanceFourIs;
  }
}
