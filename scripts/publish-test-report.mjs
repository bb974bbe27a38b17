// `npm run report:publish`: copies the last passing run's report (test-output/test-run.json,
// written by the last step of `npm test`) to content/reports/test-run.json, which the site's
// security and accessibility page is built from. A release runs it, then commits the file.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reportPath } from './write-test-report.mjs';

export const publishedReportPath = resolve(import.meta.dirname, '../content/reports/test-run.json');

if (!existsSync(reportPath)) {
  console.error(`No test report at ${reportPath}: run \`npm test\` first (it writes the report only when every test passes).`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const empty = report.categories.filter((c) => c.tried === 0).map((c) => c.id);
if (empty.length) {
  console.error(`The last run recorded nothing for ${empty.join(', ')}: not publishing a report with empty categories.`);
  process.exit(1);
}
copyFileSync(reportPath, publishedReportPath);
console.log(`Published the run of ${report.ranAt} (${report.commit}) to content/reports/test-run.json; commit it.`);
