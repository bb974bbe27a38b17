/** Typed access to scripts/test-trials.mjs for vitest tests (node side). */
export { recordTrials, trialCategories } from '../../scripts/test-trials.mjs';
