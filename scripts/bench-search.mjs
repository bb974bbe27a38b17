// Search measurements for `npm run bench` (issue 17 item 1, issue 15 items 11-13): what a first
// search costs in bytes and time, how fast a second one is, and how many questions of each
// question set the search answers. Runs against any built site a server is serving.
import { gzipSync } from 'node:zlib';
import { measureQuestionSet } from '../test/helpers/search-questions.ts';

/** Typing speed: a quick typist, about 120 words a minute. */
const keystrokeMs = 50;

export const searchQueries = {
  oneWord: 'attendance',
  question: 'what should I ask the school about a child on a reduced timetable',
  second: 'who is the designated safeguarding lead',
};

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * In the page: the time of each keystroke's input event, and of the first result to appear
 * after it in the results list, both on the page's own clock.
 */
function watchSearchTiming() {
  const marks = { lastInput: 0, firstResult: 0, resourcesAtFirstResult: [] };
  window.__searchBench = marks;
  document.addEventListener('input', () => {
    marks.lastInput = performance.now();
    marks.firstResult = 0;
  }, true);
  new MutationObserver((records) => {
    if (marks.lastInput === 0 || marks.firstResult !== 0) return;
    const added = records.some((r) => r.target.closest?.('[data-search-results]') && [...r.addedNodes].some((n) => n.nodeName === 'LI'));
    if (!added) return;
    marks.firstResult = performance.now();
    marks.resourcesAtFirstResult = performance.getEntriesByType('resource').map((r) => r.name);
  }).observe(document, { childList: true, subtree: true });
}

async function typeQuery(page, query) {
  await page.locator('#search-q').fill('');
  await page.locator('#search-q').pressSequentially(query, { delay: keystrokeMs });
}

async function waitForFinished(page) {
  await page.locator('#search-status').filter({ hasText: /found|No results/ }).waitFor({ timeout: 30_000 });
}

async function timing(page) {
  await page.waitForFunction(() => window.__searchBench.firstResult > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => ({ ...window.__searchBench }));
}

/**
 * One first search on a fresh page with an empty cache: gzipped bytes of everything fetched
 * from opening /search/ to the first result (and to the finished search), and the time from
 * the last keystroke to the first result. Then, when asked, a second search on the same page.
 */
async function firstSearch(browser, origin, query, second) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const bodies = new Map();
  page.on('response', (response) => {
    bodies.set(response.url(), response.body().then(gz, () => 0));
  });
  await page.addInitScript(watchSearchTiming);
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  await typeQuery(page, query);
  const first = await timing(page);
  await waitForFinished(page);
  await page.waitForLoadState('networkidle');
  const sizes = new Map(await Promise.all([...bodies].map(async ([url, size]) => [url, await size])));
  const sum = (urls) => urls.reduce((total, url) => total + (sizes.get(url) ?? 0), 0);
  const atFirst = [`${origin}/search/`, ...first.resourcesAtFirstResult];
  const result = {
    query,
    gzipBytesToFirstResult: sum([...new Set(atFirst)]),
    gzipBytesToFinished: sum([...sizes.keys()]),
    files: sizes.size,
    msLastKeystrokeToFirstResult: Math.round(first.firstResult - first.lastInput),
  };
  if (second) {
    const before = sizes.size;
    await typeQuery(page, second);
    const next = await timing(page);
    await waitForFinished(page);
    result.secondSearch = {
      query: second,
      msLastKeystrokeToFirstResult: Math.round(next.firstResult - next.lastInput),
      filesFetched: bodies.size - before,
    };
  }
  await context.close();
  return result;
}

/**
 * Every search figure: first searches (one word, a whole question, then a second question on
 * the same page), each the median of `runs` fresh pages, and both question sets' shares.
 */
export async function measureSearch(browser, origin, { runs = 3, questionSets = true } = {}) {
  const median = async (measure) => {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await measure());
    const byTime = [...all].sort((a, b) => a.msLastKeystrokeToFirstResult - b.msLastKeystrokeToFirstResult);
    const mid = byTime[Math.floor(runs / 2)];
    const seconds = all.filter((r) => r.secondSearch).map((r) => r.secondSearch.msLastKeystrokeToFirstResult).sort((a, b) => a - b);
    if (seconds.length > 0) mid.secondSearch.msLastKeystrokeToFirstResult = seconds[Math.floor(seconds.length / 2)];
    return { ...mid, runs: all.map((r) => r.msLastKeystrokeToFirstResult) };
  };
  const oneWord = await median(() => firstSearch(browser, origin, searchQueries.oneWord));
  const question = await median(() => firstSearch(browser, origin, searchQueries.question, searchQueries.second));
  const result = { firstSearchOneWord: oneWord, firstSearchQuestion: question };
  if (questionSets) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    result.questionShares = {
      tuned: await measureQuestionSet(page, origin, 'tuned'),
      heldOut: await measureQuestionSet(page, origin, 'heldOut'),
    };
    await context.close();
  }
  return result;
}

/** Readable rows for the bench's table on stderr. */
export function searchRows(search) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const first = (label, r) => [
    `first search, ${label}`,
    `${kb(r.gzipBytesToFirstResult)} to first result (${kb(r.gzipBytesToFinished)} in all), ${r.msLastKeystrokeToFirstResult} ms`,
  ];
  const rows = [first('one word', search.firstSearchOneWord), first('a question', search.firstSearchQuestion)];
  if (search.firstSearchQuestion.secondSearch) rows.push(['second search', `${search.firstSearchQuestion.secondSearch.msLastKeystrokeToFirstResult} ms`]);
  for (const [name, share] of Object.entries(search.questionShares ?? {})) {
    rows.push([`questions answered, ${name}`, `top 1 ${share.top1}/${share.questions}, top 3 ${share.top3}/${share.questions}`]);
  }
  return rows;
}

// `node scripts/bench-search.mjs` (through npx or npm, for the project's Node) measures only
// the search, over the dist/ already built: quicker while working on the search.
if (import.meta.main) {
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('./serve.mjs');
  const { chromiumArgs, chromiumPath } = await import('./chromium.mjs');
  const { resolve } = await import('node:path');
  const server = await startServer({ root: resolve(import.meta.dirname, '..', 'dist'), port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  try {
    const search = await measureSearch(browser, `http://127.0.0.1:${server.address().port}`, {
      questionSets: !process.argv.includes('--no-questions'),
    });
    process.stderr.write(searchRows(search).map(([a, b]) => `${a.padEnd(38)} ${b}`).join('\n') + '\n');
    process.stdout.write(JSON.stringify(search, null, 2) + '\n');
  } finally {
    await browser.close();
    server.close();
  }
}
