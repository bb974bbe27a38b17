// Search answers for `npm run bench` (issue 15 items 11-13): how many questions of each
// question set the search page answers in its top 1 and top 3, overall and by category. The
// search's bytes and times are measured with the other figures (scripts/bench-measure.mjs).
// `npx node scripts/bench-search.mjs` measures only this, over the dist/ already built.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { measureQuestionSet } from '../test/helpers/search-questions.ts';

/** Every question set's shares, run through the search page of the site built in `distDir`. */
export async function measureQuestionShares(distDir) {
  const server = await startServer({ root: distDir, port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  try {
    const origin = `http://127.0.0.1:${server.address().port}`;
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    return {
      tuned: await measureQuestionSet(page, origin, 'tuned'),
      tuned2: await measureQuestionSet(page, origin, 'tuned2'),
      tuned3: await measureQuestionSet(page, origin, 'tuned3'),
      tuned4: await measureQuestionSet(page, origin, 'tuned4'),
      tuned5: await measureQuestionSet(page, origin, 'tuned5'),
      tuned6: await measureQuestionSet(page, origin, 'tuned6'),
      tuned7: await measureQuestionSet(page, origin, 'tuned7'),
      tuned8: await measureQuestionSet(page, origin, 'tuned8'),
      tuned9: await measureQuestionSet(page, origin, 'tuned9'),
      heldOut: await measureQuestionSet(page, origin, 'heldOut'),
      heldOut2: await measureQuestionSet(page, origin, 'heldOut2'),
      heldOut3: await measureQuestionSet(page, origin, 'heldOut3'),
      heldOut4: await measureQuestionSet(page, origin, 'heldOut4'),
      heldOut5: await measureQuestionSet(page, origin, 'heldOut5'),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Readable rows for the bench's table on stderr. */
export function questionShareRows(shares) {
  return Object.entries(shares).flatMap(([name, share]) => [
    [`questions answered, ${name}`, `top 1 ${share.top1}/${share.questions}, top 3 ${share.top3}/${share.questions}`],
    ...Object.entries(share.byCategory)
      .filter(([category]) => category !== 'uncategorised')
      .map(([category, s]) => [`  ${category}`, `top 1 ${s.top1}/${s.questions}, top 3 ${s.top3}/${s.questions}`]),
  ]);
}

if (import.meta.main) {
  const shares = await measureQuestionShares(resolve(import.meta.dirname, '..', 'dist'));
  process.stderr.write(
    questionShareRows(shares)
      .map(([a, b]) => `${a.padEnd(38)} ${b}`)
      .join('\n') + '\n',
  );
  process.stdout.write(JSON.stringify(shares, null, 2) + '\n');
}
