import { AttendancePushPull } from './attendance-push-pull.ts';

export { AttendancePushPull };
export type { PushPullValue, PlacedFactor, Adjustment } from './state.ts';

// Registering twice (two script tags on one intranet page) must not throw.
if (!customElements.get('attendance-push-pull')) customElements.define('attendance-push-pull', AttendancePushPull);

declare global {
  interface HTMLElementTagNameMap {
    'attendance-push-pull': AttendancePushPull;
  }
}
