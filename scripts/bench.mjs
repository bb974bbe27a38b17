// `npm run bench`: builds the site, then measures what the budgets in PRODUCT.md are about.
// Prints one JSON object on stdout (also written to bench-results/bench.json) and a readable
// table on stderr. Byte figures are gzipped (level 9), the way a server would send them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { measureSearch, searchRows } from './bench-search.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
// Reading pages: only the site script that registers the offline service worker (issue 9).
const budgets = { readingPageJsBytes: 1024, widgetModuleGzipBytes: 20 * 1024 };

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

const started = performance.now();
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (performance.now() - started) / 1000;

const htmlPages = files(dist).filter((f) => f.endsWith('.html'));
const pagefindBytes = files(join(dist, 'pagefind')).reduce((sum, f) => sum + statSync(f).size, 0);
const widgetDir = join(dist, 'widgets', 'v1');

/** Chunks a module imports: static ones load with it; dynamic ones only when it asks for them. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const resolveChunk = (spec) => resolve(file, '..', spec);
  const fromStatic = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^"'()]*?from\s*)?["'](\.\/[^"']+)["']/g)].map((m) => resolveChunk(m[1]));
  const fromDynamic = [...code.matchAll(/import\(\s*["'](\.\/[^"']+)["']\s*\)/g)].map((m) => resolveChunk(m[1]));
  return { fromStatic, fromDynamic };
}

function moduleSizes(entry) {
  const initial = new Set([entry]);
  const all = new Set([entry]);
  const walk = (file, eager) => {
    const { fromStatic, fromDynamic } = importsOf(file);
    for (const next of fromStatic) {
      if (eager) initial.add(next);
      if (!all.has(next)) {
        all.add(next);
        walk(next, eager);
      } else if (eager) walk(next, eager);
    }
    for (const next of fromDynamic) {
      if (!all.has(next)) {
        all.add(next);
        walk(next, false);
      }
    }
  };
  walk(entry, true);
  const size = (set) => [...set].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  return { bytes: statSync(entry).size, gzipBytes: size(initial), gzipBytesWithLazyParts: size(all), files: all.size };
}

// The embed helpers and the all-in-one bundle are not single widgets: they are measured and
// reported, but the per-widget budget is for each widget's own file.
const helperModules = new Set(['embed.js', 'embed-listener.js', 'attendance-kit.js']);
const widgetModules = Object.fromEntries(
  readdirSync(widgetDir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => [f, moduleSizes(join(widgetDir, f))]),
);

const server = await startServer({ root: dist, port: 0 });
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
    otherGzipBytes: all.filter((x) => !x.url.endsWith('.js')).reduce((s, x) => s + gz(x.b), 0),
    files: all.map((x) => x.url.replace(origin, '')),
  };
}

const readingPage = await fetched('/guidance/why-attendance-matters/');
const searchPageIdle = await fetched('/search/');
const searchFirstQuery = await fetched('/search/', async (page) => {
  await page.fill('#search-q', 'persistent absence');
  await page.press('#search-q', 'Enter');
  await page.locator('#search-status').filter({ hasText: /found|No results/ }).waitFor();
});
const widgetPages = {
  'attendance-calculator': await fetched('/tools/attendance-calculator/'),
  'attendance-checklist (assessment)': await fetched('/checklists/assessment/'),
  'attendance-push-pull': await fetched('/tools/push-and-pull/'),
  'attendance-four-is': await fetched('/tools/four-is/'),
};

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
const cohort10kImportMs = await cohortImportMs(10_000);
const search = await measureSearch(browser, origin);
await browser.close();
server.close();

/** What a first visit saves for offline use in the background: the service worker's file list. */
const { offlineFiles } = await import('./write-service-worker.mjs');
const offline = await offlineFiles(dist);
const offlineCopy = {
  files: offline.length,
  bytes: offline.reduce((sum, { file }) => sum + statSync(file).size, 0),
  gzipBytes: offline.reduce((sum, { file }) => sum + gz(readFileSync(file)), 0),
};

const result = {
  date: new Date().toISOString(),
  node: process.versions.node,
  buildSeconds: Number(buildSeconds.toFixed(2)),
  pages: htmlPages.length,
  pagefindIndexBytes: pagefindBytes,
  readingPageJsGzipBytes: readingPage.jsGzipBytes,
  searchPageJsGzipBytesBeforeSearch: searchPageIdle.jsGzipBytes,
  searchPageJsGzipBytesAfterFirstSearch: searchFirstQuery.jsGzipBytes,
  searchPageWasmAndIndexGzipBytesAfterFirstSearch: searchFirstQuery.otherGzipBytes,
  widgetPageJsGzipBytes: Object.fromEntries(Object.entries(widgetPages).map(([k, v]) => [k, v.jsGzipBytes])),
  widgetModules,
  offlineCopy,
  cohort10kImportMs,
  search,
  budgets: { ...budgets, cohort10kImportMs: 1000 },
  withinBudget: {
    readingPageJs: readingPage.jsGzipBytes <= budgets.readingPageJsBytes,
    cohort10kImport: cohort10kImportMs <= 1000,
    widgetModules: Object.entries(widgetModules).every(([name, m]) => helperModules.has(name) || m.gzipBytes <= budgets.widgetModuleGzipBytes),
  },
};

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'bench.json'), JSON.stringify(result, null, 2) + '\n');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [
  ['build', `${result.buildSeconds} s`],
  ['pages', String(result.pages)],
  ['Pagefind index', kb(result.pagefindIndexBytes)],
  ['reading page JS (gzip)', kb(result.readingPageJsGzipBytes)],
  ['search page JS before search', kb(result.searchPageJsGzipBytesBeforeSearch)],
  ['search page JS after first search', kb(result.searchPageJsGzipBytesAfterFirstSearch)],
  ['  + Pagefind wasm and index', kb(result.searchPageWasmAndIndexGzipBytesAfterFirstSearch)],
  ...Object.entries(result.widgetPageJsGzipBytes).map(([k, v]) => [`${k} page JS`, kb(v)]),
  ['offline copy saved on first visit', `${result.offlineCopy.files} files, ${kb(result.offlineCopy.bytes)} (${kb(result.offlineCopy.gzipBytes)} gzip)`],
  ['four i\'s: 10,000-row cohort import', `${result.cohort10kImportMs} ms`],
  ...searchRows(search),
  ...Object.entries(widgetModules).map(([k, v]) => [`module ${k}`, `${kb(v.gzipBytes)} gzip, ${kb(v.gzipBytesWithLazyParts)} with lazy parts`]),
];
process.stderr.write(rows.map(([a, b]) => `${a.padEnd(38)} ${b}`).join('\n') + '\n');
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
