/**
 * The search page. Nothing heavy loads until the reader starts typing: then the search plan
 * data (glossary names, everyday words, tools: a few KB whatever the size of the site) and the
 * metadata of Pagefind's index, which this page searches with its own engine
 * (lib/search/engine/: Pagefind's search without its 70 KB runtime). Each query is read as
 * ideas (lib/search/query-plan.ts); a tool it names or a term it asks about is shown at once;
 * then each idea is searched in the index, the results merged (lib/search/ranking.ts), and each
 * shown as its text arrives, going to the section of the page that matched. The quick-find
 * (fuse.js over the names of terms, tools, checklist items and pages, lib/search/quick-find.ts)
 * loads once a search's page of results is on screen, the rest of the everyday-word map once
 * its first result is. A newer keystroke abandons older work. Results are announced through one
 * polite status region.
 *
 * Queries stay on the device: the address keeps them after # (never sent to the server), and
 * once the offline copy is saved the index itself is read from it.
 */
import type { QuickFindList, SearchPlanData, SearchResult, SpellingList } from '../lib/search/index-types';
import { maxQueryLength, planQuery, type QueryConcept, type QueryPlan } from '../lib/search/query-plan';
import {
  conceptHits,
  ideaWeights,
  rankPages,
  searchesToRun,
  searchOutcome,
  skippedCommonRecords,
  skippedConcepts,
  termRecordWeight,
  type ConceptHits,
  type SearchOutcome,
} from '../lib/search/ranking';
import type { QuickMatch } from '../lib/search/quick-find';
import { askedTerms, directAnswers, pageResult, pathOf } from '../lib/search/results';
import { ideaPlaces, rankByNearness } from '../lib/search/nearness';
import { stem } from '../lib/search/engine/stem';
import { tokenize } from '../lib/search/words';
import { SearchEngine, type EngineResult, type Filters } from '../lib/search/engine/engine';
import { mergePlan, partsFor, wholeMapKey, type PlanBase, type SynonymPart } from '../lib/search/synonym-parts';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-q')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const lengthNote = document.querySelector<HTMLElement>('#search-length')!;
const resultsSection = document.querySelector<HTMLElement>('#results-section')!;
const resultsList = document.querySelector<HTMLOListElement>('#search-results')!;
const quickSection = document.querySelector<HTMLElement>('#quick-section')!;
const quickList = document.querySelector<HTMLUListElement>('#quick-results')!;
const moreButton = document.querySelector<HTMLButtonElement>('#search-more')!;
// `edition` is there only in a council edition: its filter for the council's own pages.
const filterGroups = ['edition', 'audience', 'topic', 'source'] as const;
// Each page's text is a separate small download: fetch a page of them at a time.
const pageSize = 10;
// Results whose text is fetched at once; the rest of a page of them once typing pauses, so
// that the searches run while a query is typed fetch one text each, not ten.
const firstFetch = 1;
// A pause in typing this long means the query is probably complete.
const pauseMs = 300;
// How a record the query asks about counts against others (see termRecordWeight).
const askedTermWeight = 3;
// How a page of the kind a query asks for counts against others ("assessment checklist":
// the checklist before the guidance page it comes from, which also says "checklist").
const askedKindWeight = 3;

/** Where the index is and how to read it, when the build has written it into the page (build-search-index.mjs). */
const pageIndex = readPageIndex();
/** The search plan's parts, as the page lists them (SearchPanel.astro). */
const pageParts = form.dataset['planParts']?.split(' ').filter(Boolean);

let enginePromise: Promise<SearchEngine> | undefined;
let baseFetch: Promise<PlanBase> | undefined;
const partFetches = new Map<string, Promise<SynonymPart>>();
/** The parts that have arrived, for reading a query before the rest of its parts are here. */
const partsHere = new Map<string, SynonymPart>();
/** The whole map in one part, once asked for (loadWholeMap): then no other part is fetched. */
let wholeMap: Promise<SynonymPart> | undefined;
let wholeMapHere: SynonymPart | undefined;
let quickPromise: Promise<(query: string) => QuickMatch[]> | undefined;
let spellingPromise: Promise<string[]> | undefined;
let latest = 0;
let lastInput = 0;
let pending: RankedResult[] = [];
/** What is on screen, by URL: a direct answer's item, to fill in when its record's text arrives. */
let shown = new Map<string, HTMLLIElement | undefined>();

function readPageIndex(): PlanBase['pagefindIndex'] | undefined {
  try {
    const index = JSON.parse(form.dataset['searchIndex'] || 'null') as PlanBase['pagefindIndex'] | null;
    return index && typeof index.metaFile === 'string' ? index : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The engine over Pagefind's index, once its metadata has loaded: named by the page, so fetched
 * beside the search plan, or else by the plan.
 */
function loadEngine(): Promise<SearchEngine> {
  enginePromise ??= (pageIndex ? Promise.resolve(pageIndex) : loadBase().then((base) => base.pagefindIndex)).then((index) =>
    SearchEngine.open({
      basePath: '/pagefind/',
      ...index,
      excerptLength: 24,
      metaWeights: { title: 8, summary: 3 },
      strictStandIns: true,
      everyPhrase: true,
      completeExtensionsUpTo: skippedCommonRecords,
    }),
  );
  return enginePromise;
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json() as Promise<T>;
}

function loadBase(): Promise<PlanBase> {
  baseFetch ??= fetchJson<PlanBase>('/search-plan.json');
  return baseFetch;
}

/**
 * The plan data for reading `text`: the base and the parts of the everyday-word map its words
 * can start (lib/search/synonym-parts.ts), each fetched once; the whole map in one file when `all` (a spelling
 * correction may change a word's first letters). A part that failed is asked for again next time.
 */
async function loadPlan(text: string, all = false): Promise<SearchPlanData> {
  const baseLoad = loadBase();
  // A spelling correction may change a word's first letters: it reads with the whole map.
  if (all) void loadWholeMap();
  if (wholeMap) {
    const [base, map] = await Promise.all([baseLoad, wholeMap]);
    return wholePlan(base, map);
  }
  // The page lists the parts: they are fetched beside the base, not after it.
  const keys = pageParts ? Promise.resolve(partsFor(text, { synonymParts: pageParts })) : baseLoad.then((base) => partsFor(text, base));
  const parts = keys.then((list) =>
    Promise.all(
      list.map((key) => {
        let part = partFetches.get(key);
        if (!part) {
          part = fetchJson<SynonymPart>(`/search-plan/${key}.json`);
          partFetches.set(key, part);
          part.then((loaded) => partsHere.set(key, loaded)).catch(() => partFetches.delete(key));
        }
        return part;
      }),
    ),
  );
  const [base, loaded] = await Promise.all([baseLoad, parts]);
  return mergePlan(base, loaded);
}

let merged: { base: PlanBase; map: SynonymPart; plan: SearchPlanData } | undefined;
/** The plan with the whole everyday-word map, merged once (reading a query reuses what it made from the same plan). */
function wholePlan(base: PlanBase, map: SynonymPart): SearchPlanData {
  if (merged?.base !== base || merged.map !== map) merged = { base, map, plan: mergePlan(base, [map]) };
  return merged.plan;
}

/**
 * Fetches the whole everyday-word map once (23 KB gzipped): for a spelling correction, which may change a
 * word's first letters (one file rather than every part), and once a first search has shown a
 * result. Later searches then read every query without waiting for its parts: a question's
 * words need half a dozen of them, requests that would queue with the index's.
 */
function loadWholeMap(): Promise<SynonymPart> {
  if (!wholeMap) {
    wholeMap = fetchJson<SynonymPart>(`/search-plan/${wholeMapKey}.json`);
    wholeMap.then((map) => (wholeMapHere = map)).catch(() => (wholeMap = undefined));
  }
  return wholeMap;
}

/**
 * The quick-find (fuse.js and its list, 16 KB): loaded once a search has shown its page of
 * results (quickFor, in run), so that it never competes with them.
 */
function loadQuickFind(): Promise<(query: string) => QuickMatch[]> {
  quickPromise ??= Promise.all([import('../lib/search/quick-find'), fetchJson<QuickFindList>('/quickfind.json')]).then(([quickFind, list]) => {
    const finder = quickFind.quickFinder(list);
    return (query: string) => quickFind.quickMatches(query, finder);
  });
  return quickPromise;
}

function loadSpelling(): Promise<string[]> {
  spellingPromise ??= fetch('/spelling.json')
    .then((r) => r.json() as Promise<SpellingList>)
    .then((list) => list.words);
  return spellingPromise;
}

/**
 * Starts loading what a search needs, so that it is ready by the time the query is typed. (The
 * engine reads a query with Intl.Segmenter only when it has characters beyond ASCII, so the
 * browser's segmentation data, about 40 ms to load, is not loaded for nearly every search.)
 */
function warmUp(): void {
  void loadBase().catch(() => undefined);
  void loadEngine().catch(() => undefined);
}

/**
 * Fetches the parts of the index that text already in the box when it is focused will need (put
 * back by the browser, or arriving with the address), so that its search has only to run. Once
 * typing starts, each keystroke's search (run) fetches what it needs itself.
 */
async function preloadFor(text: string): Promise<void> {
  if (!text.trim()) return;
  const ticket = latest;
  const [index, engine] = await Promise.all([loadPlan(text), loadEngine()]);
  // A search started meanwhile fetches what it needs itself.
  if (ticket !== latest) return;
  const filters = selectedFilters();
  const { concepts } = planQuery(text, index);
  await Promise.all(searchesToRun(concepts, skippedConcepts(concepts, index.common)).map((s) => engine.preload(s, { filters })));
}

/**
 * Starts fetching the index a query needs as soon as the engine and the plan's base are here,
 * while the parts of the everyday-word map its words need are still on their way: the query is
 * read with the parts already here (glossary names and tools are in the base), and nearly every
 * search that reading asks for is one the full reading asks for too, so the search finds its
 * index fetched or in flight rather than asking for it only once the parts have arrived. Words
 * a large site's searches leave out (`common`) are not fetched; nor is anything for a query
 * typed over before it could be.
 */
function preloadEarly(query: string, filters: Filters): void {
  const ticket = latest;
  void Promise.all([loadEngine(), loadBase()])
    .then(([engine, base]) => {
      if (ticket !== latest) return;
      const here = () => partsFor(query, base).flatMap((key) => (partsHere.has(key) ? [partsHere.get(key)!] : []));
      const { concepts } = planQuery(query, wholeMapHere ? wholePlan(base, wholeMapHere) : mergePlan(base, here()));
      return Promise.all(searchesToRun(concepts, skippedConcepts(concepts, base.common)).map((s) => engine.preload(s, { filters })));
    })
    .catch(() => undefined);
}

function selectedFilters(): Filters {
  const filters: Filters = {};
  for (const group of filterGroups) {
    const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${group}"]:checked`)].map((i) => i.value);
    if (values.length > 0) filters[group] = { any: values };
  }
  return filters;
}

/**
 * A ranked page: the result of the most telling search that found it (its excerpt when no
 * section answers), and what each idea of the query found on it, from which the section that
 * answers is chosen (pageResult).
 */
interface RankedResult {
  best: EngineResult;
  ideas: { weight: number; stems: string[]; found: EngineResult[] }[];
}

/**
 * Searches each idea in the query on its own and merges the results, so a page that answers
 * most of a question is found even when it lacks one of its words (a search alone would
 * need every word on the page). A word on most records of a large site is left out when the
 * query has a more telling one (ranking.ts). The best pages are then ranked again by how close
 * together they have the question's ideas (nearness.ts). Undefined when a newer search took over
 * meanwhile: its remaining searches are not run.
 */
async function searchPages(
  engine: SearchEngine,
  concepts: QueryConcept[],
  filters: Filters,
  index: SearchPlanData,
  ticket: number,
  askedTermIds: readonly string[] = [],
  askedKind?: string,
): Promise<{ results: RankedResult[]; hits: ConceptHits[] } | undefined> {
  const skipped = skippedConcepts(concepts, index.common);
  const searches = searchesToRun(concepts, skipped);
  // Every part of the index is fetched before any search runs: a word no loaded word starts
  // with is searched as the longest loaded word it starts (Pagefind's rule), which may be in
  // another search's part, so searching as parts arrive would make results depend on timing.
  await Promise.all(searches.map((s) => engine.preload(s, { filters })));
  const best = new Map<string, { result: EngineResult; count: number }>();
  const bySearch = new Map<string, Map<string, EngineResult>>();
  const outcomes = new Map<string, SearchOutcome>();
  for (const search of searches) {
    if (ticket !== latest) return undefined;
    const results = (await engine.search(search, { filters }))?.results ?? [];
    for (const page of results) {
      const kept = best.get(page.id);
      if (!kept || results.length < kept.count) best.set(page.id, { result: page, count: results.length });
      const found = bySearch.get(page.id) ?? new Map<string, EngineResult>();
      bySearch.set(page.id, found.set(search, page));
    }
    outcomes.set(search, searchOutcome(new Map(results.map((r) => [r.id, r.score])), index.prunedRecords, index.records));
  }
  if (ticket !== latest) return undefined;
  // A word left out counts as found on the records the plan says it is on, none of them scored.
  const hits = concepts.map((concept, i) => (skipped[i] ? { scores: new Map<string, number>(), pageCount: index.common[concept.label]! } : conceptHits(concept, outcomes)));
  const weights = new Map(Object.values(index.termRecords).map((id) => [id, termRecordWeight]));
  for (const id of askedKind ? (index.kindRecords[askedKind] ?? []) : []) weights.set(id, askedKindWeight);
  // The terms a question asks about come first, so their text arrives first for their direct answers.
  for (const id of askedTermIds) {
    const asked = index.termRecords[id];
    if (asked) weights.set(asked, askedTermWeight);
  }
  const ideaWeight = ideaWeights(hits, index.records);
  const stems = concepts.map((c) => [...new Set(c.searches.flatMap((s) => tokenize(s).map(stem)))]);
  const placesOn = (id: string) => ideaPlaces(concepts.map((c) => c.searches.flatMap((s) => bySearch.get(id)!.get(s)?.weightedLocations() ?? [])));
  const ranked = rankByNearness(rankPages(hits, index.records, weights), (r) => placesOn(r.id), ideaWeight).map((r): RankedResult => {
    const found = bySearch.get(r.id)!;
    const ideas = concepts.map((c, i) => ({ weight: ideaWeight[i]!, stems: stems[i]!, found: c.searches.flatMap((s) => found.get(s) ?? []) }));
    return { best: best.get(r.id)!.result, ideas: ideas.filter((idea) => idea.found.length > 0) };
  });
  return { results: ranked, hits };
}

/** An excerpt is HTML with <mark> around matches; copy only its text and marks. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...doc.body.firstChild!.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

const kindLabel = { term: 'Glossary', task: 'Tool or guide', page: '' } as const;

function resultItem(result: SearchResult): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.section ? `${result.title}: ${result.section}` : result.title;
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  if (result.kind === 'page') excerpt.append(...excerptNodes(result.excerpt));
  else excerpt.textContent = result.excerpt;
  const kind = result.mark ?? kindLabel[result.kind];
  if (kind) {
    const label = document.createElement('span');
    label.className = result.mark ? 'result-kind local-mark' : 'result-kind';
    label.textContent = `${kind}: `;
    item.append(label);
  }
  item.append(link, excerpt);
  return item;
}

/** Resolves true once no key has been pressed for a moment, false if a newer search starts first. */
function typingPaused(ticket: number): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      if (ticket !== latest) resolve(false);
      else if (performance.now() - lastInput >= pauseMs) resolve(true);
      else setTimeout(check, pauseMs - (performance.now() - lastInput));
    };
    check();
  });
}

/**
 * Shows the results in order, each as soon as its text has arrived. The first few texts
 * are fetched at once; the others once the reader has stopped typing, if no newer search has
 * started.
 * A result a direct answer already shows fills in that answer's text instead. Returns how many
 * it added, or undefined when a newer search took over meanwhile.
 */
async function showPages(results: RankedResult[], ticket: number): Promise<number | undefined> {
  let added = 0;
  for (const [i, batch] of [results.slice(0, firstFetch), results.slice(firstFetch)].entries()) {
    // While the reader is still typing, the rest would be fetched for a query about to change.
    if (i > 0 && batch.length > 0 && !(await typingPaused(ticket))) return undefined;
    const texts = batch.map(shownResult);
    for (const text of texts) {
      const { data, result } = await text;
      if (ticket !== latest) return undefined;
      const same = [result.url, data.url, pathOf(data.url)].find((url) => shown.has(url));
      if (same !== undefined) {
        const answer = shown.get(same)?.querySelector('.result-excerpt');
        if (answer && !answer.textContent) answer.append(...excerptNodes(result.excerpt));
        continue;
      }
      shown.set(result.url, undefined);
      resultsList.append(resultItem(result));
      resultsSection.hidden = false;
      added++;
      // With a result on screen, the rest of the everyday-word map comes next, for the searches after.
      if (added === 1) void loadWholeMap().catch(() => undefined);
    }
  }
  return added;
}

/** A ranked page's text, and the result it shows: the section that answers the query's ideas most. */
async function shownResult(ranked: RankedResult): Promise<{ data: Awaited<ReturnType<EngineResult['data']>>; result: SearchResult }> {
  const [data, ideas] = await Promise.all([
    ranked.best.data(),
    Promise.all(ranked.ideas.map(async ({ weight, stems, found }) => ({ weight, stems, found: await Promise.all(found.map((f) => f.data())) }))),
  ]);
  return { data, result: pageResult(data, ideas) };
}

/** Shows the next page of results and moves focus to the first new one. */
async function showMore(): Promise<void> {
  const ticket = latest;
  const next = pending.splice(0, pageSize);
  const before = resultsList.children.length;
  await showPages(next, ticket);
  if (ticket !== latest) return;
  moreButton.hidden = pending.length === 0;
  resultsList.children[before]?.querySelector('a')?.focus();
  status.textContent = `Showing ${resultsList.children.length} of ${resultsList.children.length + pending.length} results.`;
}

const quickLabel = { term: 'Glossary', tool: 'Tool', checklist: 'Checklist', item: 'Checklist item', page: 'Page', local: localLabel() } as const;

/** "Local to <council>" in a council edition (the page says so in a data attribute); "Local page" otherwise. */
function localLabel(): string {
  return resultsList.dataset['localLabel'] || 'Local page';
}

function renderQuick(entries: QuickMatch[]): void {
  quickList.replaceChildren(
    ...entries.map((entry) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = entry.url;
      link.textContent = entry.title;
      item.append(`${quickLabel[entry.kind]}: `, link);
      if (entry.within) item.append(` (${entry.within})`);
      return item;
    }),
  );
  quickSection.hidden = entries.length === 0;
}

/** Quick matches for the query, once the quick-find has loaded; none when it cannot load. */
async function quickFor(query: string, filtered: boolean): Promise<QuickMatch[]> {
  if (filtered) return [];
  try {
    return (await loadQuickFind())(query);
  } catch {
    quickPromise = undefined;
    return [];
  }
}

function describe(count: number, quick: number, typed: string, filtered: boolean, plan: QueryPlan): string {
  // The status is read aloud: echo what was searched, not a whole pasted page.
  const query = plan.truncated ? `${typed.slice(0, maxQueryLength)}…` : typed;
  const results = count === 1 ? '1 result' : `${count} results`;
  const matches = quick === 0 ? '' : quick === 1 ? ' and 1 quick match' : ` and ${quick} quick matches`;
  const filterNote = filtered ? ', with filters on' : '';
  const corrected = plan.concepts.filter((c) => c.correctedFrom);
  const spelling = corrected.length === 0 ? '' : ` Also searched for ${corrected.map((c) => `“${c.label}”`).join(', ')}.`;
  const cut = plan.truncated ? ` Only the first ${maxQueryLength} characters were searched.` : '';
  if (count === 0 && quick === 0) return `No results for “${query}”${filterNote}.${spelling}${cut} Try other words, or fewer filters.`;
  return `${results}${matches} found for “${query}”${filterNote}.${spelling}${cut}`;
}

function clearResults(): void {
  pending = [];
  shown = new Map();
  resultsList.replaceChildren();
  resultsSection.hidden = true;
  moreButton.hidden = true;
}

/** Whether a one-word idea found nothing: then a typo is likely, and worth the spelling list. */
function likelyTypo(plan: QueryPlan, hits: readonly ConceptHits[]): boolean {
  return plan.concepts.some((c, i) => !c.termIds && !/[\s-]/.test(c.label) && c.label.length >= 5 && hits[i]?.pageCount === 0);
}

async function run(): Promise<void> {
  const query = input.value.trim();
  const ticket = ++latest;
  const filters = selectedFilters();
  const filtered = Object.keys(filters).length > 0;
  lengthNote.hidden = input.value.length <= maxQueryLength;
  if (!query) {
    syncUrl(query);
    clearResults();
    renderQuick([]);
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  try {
    preloadEarly(query, filters);
    let index = await loadPlan(query);
    if (ticket !== latest) return;
    let plan = planQuery(query, index);
    // A tool the query names, or the term it asks about, needs no search: show it at once.
    const direct = filtered ? [] : directAnswers(plan, index);
    clearResults();
    for (const answer of direct) {
      const item = resultItem(answer);
      shown.set(answer.url, item);
      resultsList.append(item);
    }
    resultsSection.hidden = direct.length === 0;
    renderQuick([]);

    const engine = await loadEngine();
    if (ticket !== latest) return;
    const concepts = plan.concepts.length > 0 ? plan.concepts : [{ label: query, searches: [query] }];
    const first = await searchPages(engine, concepts, filters, index, ticket, askedTerms(plan), plan.pageKind);
    if (!first) return;
    let results = first.results;
    if (likelyTypo(plan, first.hits)) {
      const [spelling, whole] = await Promise.all([loadSpelling(), loadPlan(query, true)]);
      index = whole;
      plan = planQuery(query, index, spelling);
      if (ticket !== latest) return;
      const corrected = await searchPages(engine, plan.concepts, filters, index, ticket, askedTerms(plan), plan.pageKind);
      if (!corrected) return;
      results = corrected.results;
    }
    const added = await showPages(results.slice(0, pageSize), ticket);
    if (added === undefined) return;
    pending = results.slice(pageSize);
    moreButton.hidden = pending.length === 0;
    const quick = await quickFor(query, filtered);
    if (ticket !== latest) return;
    renderQuick(quick);
    status.textContent = describe(direct.length + added + pending.length, quick.length, query, filtered, plan);
  } catch {
    // The index or a part of it failed to load (offline, or the site was updated meanwhile):
    // load afresh on the next try, and meanwhile answer from the quick-find if it is here.
    enginePromise = undefined;
    baseFetch = undefined;
    spellingPromise = undefined;
    if (ticket === latest) await quickOnly(query, filtered, ticket);
  }
  // The address follows once the results are shown: changing it costs the page a few
  // milliseconds, and makes the browser ask for the page's icon again.
  if (ticket === latest) syncUrl(query);
}

/**
 * When the full search cannot load (offline, with only the saved core), the quick-find can
 * still answer from the names of terms, tools, checklist items and pages: say which it is.
 */
async function quickOnly(query: string, filtered: boolean, ticket: number): Promise<void> {
  const quick = await quickFor(query, filtered);
  if (ticket !== latest) return;
  renderQuick(quick);
  if (quick.length === 0) {
    status.textContent = 'Search could not load just now. Check your connection and try again.';
    return;
  }
  const matches = quick.length === 1 ? '1 quick match' : `${quick.length} quick matches`;
  status.textContent = `The full search could not load (you may be offline), so only titles were searched: ${matches} found for “${query.slice(0, maxQueryLength)}”. Connect to search the text of every page.`;
}

/**
 * Keeps the address bar in step, so a search can be bookmarked: after #, which the browser
 * never sends to the server, so typed words stay out of its logs.
 */
function syncUrl(query: string): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const group of filterGroups) for (const value of selectedFilters()[group]?.any ?? []) params.append(group, value);
  const fragment = params.toString();
  history.replaceState(null, '', fragment ? `${location.pathname}#${fragment}` : location.pathname);
}

function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

// In the next task, not after a pause: a typist's keystrokes come 50 to 150 ms apart, so any
// wait is added to every search, and each search abandons the last; the input events of one
// edit (an autocorrection, a dictated phrase) still make one search.
const runSoon = debounce(() => void run(), 0);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
input.addEventListener(
  'focus',
  () => {
    warmUp();
    // Text already in the box (put back by the browser, or pasted without typing) is complete.
    void preloadFor(input.value).catch(() => undefined);
  },
  { once: true },
);
input.addEventListener('input', () => {
  lastInput = performance.now();
  // Whatever is under way is for an older query: nothing of it is shown.
  latest++;
  warmUp();
  runSoon();
});
moreButton.addEventListener('click', () => void showMore());
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void run();
});

// Arriving with #q= (from the search box in every page's header) or ?q= (the same form with
// scripts off) searches straight away. A ?q= is moved after the #, out of what a reload sends.
const params = new URLSearchParams(location.hash.slice(1) || location.search);
input.value = params.get('q') ?? '';
for (const group of filterGroups) {
  const wanted = new Set(params.getAll(group));
  for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)) box.checked = wanted.has(box.value);
}
if (filterGroups.some((g) => params.getAll(g).length > 0)) form.querySelector('details')?.setAttribute('open', '');
if (input.value.trim()) {
  warmUp();
  void run();
} else if (location.search) {
  syncUrl('');
}
