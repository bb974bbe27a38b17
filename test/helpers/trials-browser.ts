/**
 * Records what a component test tried (see scripts/test-trials.mjs), from the browser through
 * the `record-trials` command of web-test-runner.config.mjs.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type TrialCategory = 'hostile-input' | 'properties' | 'storage-faults' | 'csv-export' | 'accessibility-journeys' | 'pages' | 'embedding';

export async function recordTrials(entry: { category: TrialCategory; check: string; tried: number }): Promise<void> {
  await executeServerCommand('record-trials', entry);
}
