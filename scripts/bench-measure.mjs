// What `npm run bench` measures on one built site (a dist/ folder): the budgets in PRODUCT.md
// and the figures of issue 17 that grow with the site. Byte figures are gzipped (level 9), the
// way a server would send them. Timings in the browser are medians of `runs` fresh visits.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { coreFiles, offlineFiles, readRules } from './write-service-worker.mjs';
import { measureOffline } from './bench-offline.mjs';
import { gz, widgetModules } from './bench-widgets.mjs';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
export { gz };

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

/** What kind of file a site path is, for the breakdown of what a search fetches. */
export function kindOf(path) {
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.wasm') || /^\/pagefind\/wasm\.[^/]+\.pagefind$/.test(path)) return 'wasm';
  if (path.startsWith('/pagefind/fragment/')) return 'fragments';
  if (path.startsWith('/pagefind/')) return 'index';
  if (path.endsWith('.json')) return 'json';
  return 'other';
}

/** The questions the search figures are measured with (issue 17's "one word" and "whole question"). */
export const searchQueries = {
  oneWord: 'attendance',
  question: 'what should I ask the school about a child on a reduced timetable',
  second: 'who sets attendance targets for looked after children',
};

/**
 * Arms a timer in the page: it starts at the next input event in the search box and stops when
 * the results list next holds a result. Read it with `searchTimer(page)`.
 */
async function armSearchTimer(page) {
  await page.evaluate(() => {
    const input = document.querySelector('#search-q');
    const list = document.querySelector('#search-results');
    window.__apkSearchMs = new Promise((resolve) => {
      let started;
      input.addEventListener('input', () => (started = performance.now()), { once: true });
      const observer = new MutationObserver(() => {
        if (started !== undefined && list.querySelector('li')) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      });
      observer.observe(list, { childList: true, subtree: true, characterData: true });
    });
  });
}

/**
 * Types a query the way a reader finishes one: all but its last character are already in the box
 * (put there without an input event, so no search starts early), then the last keystroke. Returns
 * the ms from that keystroke to the first result shown.
 */
async function timedSearch(page, query) {
  await page.locator('#search-q').evaluate(
    (el, text) => {
      el.value = text;
      el.focus();
    },
    query.slice(0, -1),
  );
  await armSearchTimer(page);
  await page.keyboard.type(query.slice(-1));
  const ms = await Promise.race([
    page.evaluate(() => window.__apkSearchMs),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`no result for "${query}" within 60 s`)), 60_000)),
  ]);
  return Math.round(ms);
}

/**
 * Measures the built site in `distDir`. `runs` fresh visits give the medians of the search figures.
 * @param {string} distDir
 * @param {{ runs?: number }} [options]
 */
export async function measureSite(distDir, { runs = 3 } = {}) {
  const htmlPages = files(distDir).filter((f) => f.endsWith('.html'));
  const largest = htmlPages.map((f) => ({ path: '/' + relative(distDir, f).split(sep).join('/'), bytes: statSync(f).size })).sort((a, b) => b.bytes - a.bytes)[0];
  const pagefindBytes = files(join(distDir, 'pagefind')).reduce((sum, f) => sum + statSync(f).size, 0);
  const widgetDir = join(distDir, 'widgets', 'v1');

  // Every response the server sends, for figures that count what really crossed the network.
  const sent = [];
  const server = await startServer({ root: distDir, port: 0, onResponse: ({ path, body }) => sent.push({ path, body }) });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });

  /** Gzipped JavaScript (and WebAssembly) fetched while `act` runs on a fresh page. */
  async function fetched(path, act = async () => {}) {
    // What the page itself fetches; the offline copy is measured on its own below.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const bodies = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const url = response.url();
      if (type === 'script' || url.endsWith('.js') || url.endsWith('.wasm') || url.includes('.pf_')) bodies.push(response.body().then((b) => ({ url, b })));
    });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await act(page);
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(bodies);
    await context.close();
    const js = all.filter((x) => x.url.endsWith('.js'));
    return {
      jsGzipBytes: js.reduce((s, x) => s + gz(x.b), 0),
      // The widget files alone (the page's own script aside): what a widget costs where it is embedded.
      widgetJsGzipBytes: js.filter((x) => new URL(x.url).pathname.startsWith('/widgets/v1/')).reduce((s, x) => s + gz(x.b), 0),
      otherGzipBytes: all.filter((x) => !x.url.endsWith('.js')).reduce((s, x) => s + gz(x.b), 0),
    };
  }

  /** Gzipped bytes the server sent since `from`, in all and by kind of file. */
  function sentSince(from) {
    const byKind = {};
    for (const { path, body } of sent.slice(from)) byKind[kindOf(path)] = (byKind[kindOf(path)] ?? 0) + gz(body);
    return { gzipBytes: Object.values(byKind).reduce((a, b) => a + b, 0), byKind };
  }

  /**
   * One reader's searches on a fresh visit: a first search (bytes from opening the search page to
   * its first result), then a second, different question, then the first again (warm repeat).
   */
  async function searchVisit(firstQuery) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const opened = sent.length;
    await page.goto(origin + '/search/', { waitUntil: 'networkidle' });
    const firstMs = await timedSearch(page, firstQuery);
    const first = { ms: firstMs, ...sentSince(opened) };
    await page.waitForLoadState('networkidle');
    const beforeSecond = sent.length;
    const second = { ms: await timedSearch(page, searchQueries.second) };
    await page.waitForLoadState('networkidle');
    second.gzipBytes = sentSince(beforeSecond).gzipBytes;
    const beforeRepeat = sent.length;
    const repeat = { ms: await timedSearch(page, firstQuery) };
    await page.waitForLoadState('networkidle');
    repeat.gzipBytes = sentSince(beforeRepeat).gzipBytes;
    await context.close();
    return { first, second, repeat };
  }

  async function searchFigures() {
    const visits = { oneWord: [], question: [] };
    for (let run = 0; run < runs; run += 1) {
      visits.oneWord.push(await searchVisit(searchQueries.oneWord));
      visits.question.push(await searchVisit(searchQueries.question));
    }
    const mid = (list, pick) => median(list.map(pick));
    const firstOf = (list, query) => ({
      query,
      gzipBytes: mid(list, (v) => v.first.gzipBytes),
      ms: mid(list, (v) => v.first.ms),
      gzipBytesByKind: Object.fromEntries([...new Set(list.flatMap((v) => Object.keys(v.first.byKind)))].sort().map((kind) => [kind, mid(list, (v) => v.first.byKind[kind] ?? 0)])),
    });
    return {
      runs,
      oneWord: firstOf(visits.oneWord, searchQueries.oneWord),
      question: firstOf(visits.question, searchQueries.question),
      secondSearch: { query: searchQueries.second, gzipBytes: mid(visits.question, (v) => v.second.gzipBytes), ms: mid(visits.question, (v) => v.second.ms) },
      warmRepeat: { query: searchQueries.question, gzipBytes: mid(visits.question, (v) => v.repeat.gzipBytes), ms: mid(visits.question, (v) => v.repeat.ms) },
    };
  }

  /** PRODUCT.md's bar: a 10,000-row cohort imported, computed and rendered within a second. */
  async function cohortImportMs(rows) {
    const { generateCohortCsv } = await import('../widgets/attendance-four-is/sample-cohort.ts');
    const csv = generateCohortCsv(rows);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${origin}/tools/four-is/`, { waitUntil: 'networkidle' });
    await page.locator('attendance-four-is #file').waitFor();
    const ms = await page.evaluate(async (text) => {
      const el = document.querySelector('attendance-four-is');
      const started = performance.now();
      const result = await el.loadCsv(text, 'cohort.csv');
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
      if (result.loaded !== 10000) throw new Error(`loaded ${result.loaded} rows`);
      return performance.now() - started;
    }, csv);
    await context.close();
    return Math.round(ms);
  }

  try {
    const readingPage = await fetched('/guidance/why-attendance-matters/');
    const searchPageIdle = await fetched('/search/');
    const searchFirstQuery = await fetched('/search/', async (page) => {
      await page.fill('#search-q', 'persistent absence');
      await page.press('#search-q', 'Enter');
      await page
        .locator('#search-status')
        .filter({ hasText: /found|No results/ })
        .waitFor();
    });
    const widgetPages = {
      'attendance-calculator': await fetched('/tools/attendance-calculator/'),
      'attendance-checklist (assessment)': await fetched('/checklists/assessment/'),
      'attendance-push-pull': await fetched('/tools/push-and-pull/'),
      'attendance-four-is': await fetched('/tools/four-is/'),
    };
    const search = await searchFigures();
    const cohort10kImportMs = await cohortImportMs(10_000);

    // The offline copy: the core a first visit saves (content/offline.json), and the whole kit.
    const everything = await offlineFiles(distDir);
    const sizeOf = (list) => ({
      files: list.length,
      bytes: list.reduce((sum, { file }) => sum + statSync(file).size, 0),
      gzipBytes: list.reduce((sum, { file }) => sum + gz(readFileSync(file)), 0),
    });
    const offlineCopy = sizeOf(coreFiles(everything, await readRules()));
    const offlineEverything = sizeOf(everything);
    const offline = await measureOffline(distDir, browser);

    return {
      pages: htmlPages.length,
      pagefindIndexBytes: pagefindBytes,
      guidanceListBytes: statSync(join(distDir, 'guidance', 'index.html')).size,
      largestPage: largest,
      readingPageJsGzipBytes: readingPage.jsGzipBytes,
      searchPageJsGzipBytesBeforeSearch: searchPageIdle.jsGzipBytes,
      searchPageJsGzipBytesAfterFirstSearch: searchFirstQuery.jsGzipBytes,
      searchPageWasmAndIndexGzipBytesAfterFirstSearch: searchFirstQuery.otherGzipBytes,
      search,
      widgetPageJsGzipBytes: Object.fromEntries(Object.entries(widgetPages).map(([k, v]) => [k, v.jsGzipBytes])),
      // Issue 17 item 4: the planner as a person opens it, its first load and the parts it loads straight after.
      fourIsWholePlannerGzipBytes: widgetPages['attendance-four-is'].widgetJsGzipBytes,
      widgetModules: widgetModules(widgetDir),
      offlineCopy,
      offlineEverything,
      offlineFirstVisit: offline.firstVisit,
      offlineOnePageUpdate: offline.onePageUpdate,
      cohort10kImportMs,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
