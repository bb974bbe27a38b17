/**
 * What the tests tried, for the published security and accessibility report (issue 10).
 * Each test that throws hostile input, faults or journeys at the widgets records a count here;
 * scripts/write-test-report.mjs gathers them after a passing `npm test`. Shared by vitest
 * (node) and @web/test-runner (through the `record-trials` command in its config).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const trialsDir = resolve(import.meta.dirname, '../test-output/trials');

/** The categories the report shows, in order, with what each proves. */
export const trialCategories = {
  'hostile-input': 'Hostile files and settings run through every widget that reads them',
  properties: 'Generated cases for the pure logic (property-based tests)',
  'storage-faults': 'Storage failures: full, blocked, corrupted, two tabs, private browsing, two tools sharing a key, a part missing after a deploy, fields past their limits',
  'csv-export': 'Cells a spreadsheet would run as formulas, in every CSV the widgets write',
  'accessibility-journeys': 'Whole tasks by keyboard alone, at 320 px, 200% text, forced colours and reduced motion',
  pages: 'Built pages checked with axe-core, the content security policy and the network watch',
  embedding: 'Widgets embedded on another origin under a strict content security policy',
};

/** @typedef {keyof typeof trialCategories} TrialCategory */

/**
 * @param {{ category: TrialCategory, check: string, tried: number }} entry
 *   `check` says in a few words what was tried; `tried` counts the cases.
 */
export function recordTrials(entry) {
  if (!(entry.category in trialCategories)) throw new Error(`Unknown trial category "${entry.category}"`);
  if (!Number.isInteger(entry.tried) || entry.tried < 1) throw new Error(`"${entry.check}" tried ${entry.tried} cases`);
  mkdirSync(trialsDir, { recursive: true });
  const slug = `${entry.category}--${entry.check}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 120);
  writeFileSync(join(trialsDir, `${slug}.json`), JSON.stringify(entry));
}

if (process.argv[2] === '--clear') rmSync(trialsDir, { recursive: true, force: true });
