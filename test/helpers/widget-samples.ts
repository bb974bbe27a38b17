/**
 * A value a person could have made in each widget, different from its empty one, for the tests
 * that run the same contract on every widget (form-control.test.ts, transfer.test.ts).
 */
import { fixedPlan } from '../../widgets/attendance-four-is/fixtures/plan.ts';

export const widgetSamples: { tag: string; sample: () => unknown }[] = [
  { tag: 'attendance-calculator', sample: () => ({ mode: 'sessions', possible: '100', attended: '85', percent: '' }) },
  { tag: 'attendance-checklist', sample: () => ({ checklist: 'assessment', items: { 'underlying-issues': { status: 'discussed', note: 'Spoke to Ms Khan' } } }) },
  {
    tag: 'attendance-push-pull',
    sample: () => ({
      factors: [{ id: 'own-1', from: 'own', label: 'Something of our own', lane: 'push', strength: 3, setting: 'in-school', words: 'Feels lost' }],
      adjustments: [],
    }),
  },
  { tag: 'attendance-four-is', sample: fixedPlan },
];
