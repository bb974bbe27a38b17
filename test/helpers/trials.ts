/** Typed access to scripts/test-trials.mjs for vitest tests (node side), and counters. */
import fc from 'fast-check';
import { afterAll, afterEach } from 'vitest';
import { recordTrials as record, type TrialCategory } from '../../scripts/test-trials.mjs';

export { recordTrials, trialCategories } from '../../scripts/test-trials.mjs';

/** Counts cases as a test file runs them and records the total when the file is done. */
export function trialCounter(category: TrialCategory, check: string): { add: (n?: number) => void } {
  let tried = 0;
  afterAll(() => {
    if (tried > 0) record({ category, check, tried });
  });
  return {
    add: (n = 1) => {
      tried += n;
    },
  };
}

/** Counts every test in the file as one case (each corpus test is one item against one widget). */
export function countEachTest(category: TrialCategory, check: string): void {
  const counter = trialCounter(category, check);
  afterEach(() => counter.add());
}

/** fc.assert that adds the runs it made to a counter. */
export function countedAssert(counter: { add: (n?: number) => void }) {
  return <Ts>(property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>, params?: fc.Parameters<Ts>) => {
    const result = fc.assert(property as fc.IProperty<Ts>, params);
    counter.add(params?.numRuns ?? fc.readConfigureGlobal().numRuns ?? 100);
    return result;
  };
}
