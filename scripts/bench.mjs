// `npm run bench`: builds the site, then measures what the budgets in PRODUCT.md are about.
// `npm run bench -- --pages 5000` also builds a throwaway copy of the project with 5,000 more
// guidance pages (scripts/synthetic-site.mjs) and measures it the same way, so every figure is
// shown at today's size and at scale (issue 17). Several sizes: `--pages 2000,5000`.
// `--runs n` sets how many fresh visits the search timings are the median of (3 by default);
// `--keep` keeps the copies (their paths are printed) for a closer look.
// Prints one JSON object on stdout (also written to bench-results/bench.json) and a readable
// table on stderr; each build's log is kept in bench-results/build-<pages>.log.
import { cpus, loadavg } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { timedBuild } from './bench-build.mjs';
import { measureSite } from './bench-measure.mjs';
import { syntheticSite } from './synthetic-site.mjs';
import { measureQuestionShares, questionShareRows } from './bench-search.mjs';
import { coreBudgetGzipBytes } from './write-service-worker.mjs';
import { helperModules, widgetBudgets } from './bench-widgets.mjs';

const root = resolve(import.meta.dirname, '..');
const resultsDir = join(root, 'bench-results');
// Reading pages: only the site script that registers the offline service worker (issue 9).
const budgets = {
  readingPageJsBytes: 1024,
  widgetModuleGzipBytes: widgetBudgets.firstLoadGzipBytes,
  widgetMarginGzipBytes: widgetBudgets.marginGzipBytes,
  fourIsWholePlannerGzipBytes: widgetBudgets.fourIsWholePlannerGzipBytes,
  loaderGzipBytes: widgetBudgets.loaderGzipBytes,
  cohort10kImportMs: 1000,
  offlineCoreGzipBytes: coreBudgetGzipBytes,
  offlineOnePageUpdateGzipBytes: 50 * 1024,
};
// The embed helpers and the all-in-one loader are not single widgets (helperModules): they are
// measured and reported, but the per-widget budget and margin are for each widget's own file.

const { values: args } = parseArgs({
  options: { pages: { type: 'string', multiple: true, default: [] }, runs: { type: 'string', default: '3' }, keep: { type: 'boolean', default: false } },
});
const sizes = args.pages.flatMap((p) => p.split(',')).map((p) => Number(p.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--pages takes whole numbers of pages to add, like --pages 5000 (got ${args.pages.join(',')})`);
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number (got ${args.runs})`);

const load = () => loadavg().map((n) => Number(n.toFixed(2)));

/** Builds the project in `dir` and measures it; `label` names its build log. */
async function benchOne(dir, label) {
  const loadBefore = load();
  const build = await timedBuild(dir, join(resultsDir, `build-${label}.log`));
  const figures = await measureSite(join(dir, 'dist'), { runs });
  return {
    buildSeconds: build.buildSeconds,
    buildMsPerPage: Math.round((build.buildSeconds * 1000) / figures.pages),
    buildCpuSeconds: build.buildCpuSeconds,
    buildCpuMsPerPage: Math.round((build.buildCpuSeconds * 1000) / figures.pages),
    buildSteps: build.buildSteps,
    buildStepsCpuSeconds: build.buildStepsCpuSeconds,
    astroPhases: build.astroPhases,
    buildLogLines: build.buildLogLines,
    ...figures,
    // The load average (1, 5, 15 minutes) before and after: the machine is shared.
    load: { before: loadBefore, after: load() },
  };
}

mkdirSync(resultsDir, { recursive: true });
const today = await benchOne(root, 'today');
// Answers to both search question sets, at today's size (the copies repeat its pages).
const questionShares = await measureQuestionShares(join(root, 'dist'));
const scale = {};
for (const pages of sizes) {
  const copy = await syntheticSite(root, pages);
  try {
    const figures = await benchOne(copy.dir, String(pages));
    // What each page added costs to build, against today's size: the figure that says whether
    // the build grows linearly and how steeply.
    const perAddedPage = (key) => Math.round(((figures[key] - today[key]) * 1000) / (figures.pages - today.pages));
    scale[pages] = { syntheticPages: pages, buildMsPerAddedPage: perAddedPage('buildSeconds'), buildCpuMsPerAddedPage: perAddedPage('buildCpuSeconds'), ...figures };
  } finally {
    if (args.keep) process.stderr.write(`kept the copy with ${pages} added pages in ${copy.dir}\n`);
    else await copy.remove();
  }
}

const withinBudget = (f) => ({
  readingPageJs: f.readingPageJsGzipBytes <= budgets.readingPageJsBytes,
  cohort10kImport: f.cohort10kImportMs <= budgets.cohort10kImportMs,
  offlineCore: f.offlineCopy.gzipBytes <= budgets.offlineCoreGzipBytes && f.offlineFirstVisit.gzipBytes <= budgets.offlineCoreGzipBytes,
  offlineOnePageUpdate: f.offlineOnePageUpdate.gzipBytes <= budgets.offlineOnePageUpdateGzipBytes,
  widgetModules: Object.entries(f.widgetModules).every(([name, m]) => helperModules.has(name) || m.gzipBytes <= budgets.widgetModuleGzipBytes),
  widgetMargins: Object.entries(f.widgetModules).every(([name, m]) => helperModules.has(name) || m.marginGzipBytes >= budgets.widgetMarginGzipBytes),
  fourIsWholePlanner: f.fourIsWholePlannerGzipBytes <= budgets.fourIsWholePlannerGzipBytes,
  loader: f.widgetModules['attendance-kit.js'].gzipBytes <= budgets.loaderGzipBytes,
});
const result = {
  date: new Date().toISOString(),
  node: process.versions.node,
  cpus: cpus().length,
  ...today,
  questionShares,
  budgets,
  withinBudget: withinBudget(today),
  // The same figures for each copy with added pages, keyed by the number added.
  scale: Object.fromEntries(Object.entries(scale).map(([pages, f]) => [pages, { ...f, withinBudget: withinBudget(f) }])),
};

writeFileSync(join(resultsDir, 'bench.json'), JSON.stringify(result, null, 2) + '\n');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const columns = [today, ...Object.values(scale)];
const row = (label, show) => [label, ...columns.map(show)];
const rows = [
  row('', (f) => (f.syntheticPages ? `+${f.syntheticPages} pages` : 'today')),
  row('pages', (f) => String(f.pages)),
  row('build', (f) => `${f.buildSeconds} s`),
  row('build per page', (f) => `${f.buildMsPerPage} ms`),
  row('build per added page', (f) => (f.buildMsPerAddedPage === undefined ? '' : `${f.buildMsPerAddedPage} ms`)),
  row('build CPU (user + system)', (f) => `${f.buildCpuSeconds} s`),
  row('build CPU per page', (f) => `${f.buildCpuMsPerPage} ms`),
  row('build CPU per added page', (f) => (f.buildCpuMsPerAddedPage === undefined ? '' : `${f.buildCpuMsPerAddedPage} ms`)),
  ...Object.keys(today.buildSteps).map((step) => row(`  step ${step}`, (f) => `${f.buildSteps[step]} s (CPU ${f.buildStepsCpuSeconds[step]} s)`)),
  ...Object.keys(today.astroPhases).map((phase) => row(`  astro ${phase}`, (f) => `${f.astroPhases[phase] ?? '?'} s`)),
  row('build log lines', (f) => String(f.buildLogLines)),
  row('Pagefind index', (f) => mb(f.pagefindIndexBytes)),
  row('/guidance/ page', (f) => kb(f.guidanceListBytes)),
  row('largest page', (f) => `${kb(f.largestPage.bytes)} ${f.largestPage.path}`),
  row('reading page JS (gzip)', (f) => kb(f.readingPageJsGzipBytes)),
  row('search page JS before search', (f) => kb(f.searchPageJsGzipBytesBeforeSearch)),
  row('search page JS after first search', (f) => kb(f.searchPageJsGzipBytesAfterFirstSearch)),
  row('  + Pagefind wasm and index', (f) => kb(f.searchPageWasmAndIndexGzipBytesAfterFirstSearch)),
  row('first search, one word', (f) => `${kb(f.search.oneWord.gzipBytes)}, ${f.search.oneWord.ms} ms`),
  row('first search, a question', (f) => `${kb(f.search.question.gzipBytes)}, ${f.search.question.ms} ms`),
  row('second search', (f) => `${kb(f.search.secondSearch.gzipBytes)}, ${f.search.secondSearch.ms} ms`),
  row('warm repeat of the question', (f) => `${kb(f.search.warmRepeat.gzipBytes)}, ${f.search.warmRepeat.ms} ms`),
  ...Object.keys(today.widgetPageJsGzipBytes).map((k) => row(`${k} page JS`, (f) => kb(f.widgetPageJsGzipBytes[k]))),
  row('offline core saved on first visit', (f) => `${f.offlineCopy.files} files, ${mb(f.offlineCopy.bytes)} (${mb(f.offlineCopy.gzipBytes)} gzip)`),
  row('  fetched by a first visit', (f) => `${f.offlineFirstVisit.files} files saved, ${mb(f.offlineFirstVisit.gzipBytes)}`),
  row('  update after a one-page change', (f) => `${f.offlineOnePageUpdate.files} files, ${kb(f.offlineOnePageUpdate.gzipBytes)}`),
  row('offline: everything', (f) => `${f.offlineEverything.files} files, ${mb(f.offlineEverything.bytes)} (${mb(f.offlineEverything.gzipBytes)} gzip)`),
  row("four i's: 10,000-row cohort import", (f) => `${f.cohort10kImportMs} ms`),
  row("four i's whole planner (first load + steps)", (f) => kb(f.fourIsWholePlannerGzipBytes)),
  ...Object.keys(today.widgetModules).map((k) =>
    row(`module ${k}`, (f) => {
      const m = f.widgetModules[k];
      const margin = m.marginGzipBytes === undefined ? '' : `, ${m.marginGzipBytes} B under budget`;
      return `${m.gzipBytes} B first load in ${m.firstLoadFiles} files${margin} (${kb(m.gzipBytesWithLazyParts)} with lazy parts)`;
    }),
  ),
  row('load average before / after', (f) => `${f.load.before[0]} / ${f.load.after[0]}`),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
process.stderr.write(rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ')).join('\n') + '\n');
process.stderr.write(
  questionShareRows(questionShares)
    .map(([a, b]) => `${a.padEnd(widths[0])}  ${b}`)
    .join('\n') + '\n',
);
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
