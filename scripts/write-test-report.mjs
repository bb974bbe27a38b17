// Gathers what the tests tried (test-output/trials/, written by scripts/test-trials.mjs during
// `npm test`) into test-output/test-run.json. Runs last in `npm test`, so it only ever records a
// passing run. The site publishes content/reports/test-run.json, which only
// `npm run report:publish` (scripts/publish-test-report.mjs) writes: a test run never rewrites
// a tracked file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { trialCategories, trialsDir } from './test-trials.mjs';

export const reportPath = resolve(import.meta.dirname, '../test-output/test-run.json');

function commitOf(root) {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${sha} with local changes` : sha;
  } catch {
    return 'unknown';
  }
}

/** The report from a folder of trial records; categories in the published order. */
export function buildReport(entries, { ranAt, commit, node }) {
  const categories = Object.entries(trialCategories).map(([id, title]) => {
    const checks = entries
      .filter((e) => e.category === id)
      .map(({ check, tried }) => ({ check, tried }))
      .sort((a, b) => a.check.localeCompare(b.check));
    return { id, title, tried: checks.reduce((sum, c) => sum + c.tried, 0), checks };
  });
  return { ranAt, commit, node, categories };
}

export function readTrials(dir = trialsDir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const entries = readTrials();
  if (entries.length === 0) throw new Error(`No test trials in ${trialsDir}: run \`npm test\` first.`);
  const report = buildReport(entries, {
    ranAt: new Date().toISOString(),
    commit: commitOf(resolve(import.meta.dirname, '..')),
    node: process.versions.node,
  });
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, JSON.stringify(report, null, 2) + '\n');
  const missing = report.categories.filter((c) => c.tried === 0).map((c) => c.id);
  console.log(
    `Test report: ${report.categories.map((c) => `${c.id} ${c.tried}`).join(', ')}` +
      (missing.length ? ` (nothing recorded for ${missing.join(', ')})` : '') +
      '. To publish it on the site: npm run report:publish',
  );
}
