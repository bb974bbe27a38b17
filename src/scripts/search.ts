/**
 * The search page. Loads nothing heavy until the reader searches: then Pagefind (full text,
 * with filters), the quick-find index with fuse.js (titles, glossary terms, checklist items,
 * forgiving typos) and the query logic in lib/quickfind.ts, which reads a whole question as
 * ideas (dropping stop words, expanding acronyms, correcting typos) so that each is searched
 * on its own and the results merged by how much of the question a page answers. Results are
 * announced through one polite status region.
 */
import type { QueryConcept, QuickFindEntry, QuickFindIndex, SearchOutcome } from '../lib/quickfind';

/** The query logic, loaded with the quick-find on the first search. */
type QueryLogic = typeof import('../lib/quickfind');

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, { any: string[] }> }) => Promise<PagefindSearch | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-q')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const resultsSection = document.querySelector<HTMLElement>('#results-section')!;
const resultsList = document.querySelector<HTMLOListElement>('#search-results')!;
const quickSection = document.querySelector<HTMLElement>('#quick-section')!;
const quickList = document.querySelector<HTMLUListElement>('#quick-results')!;
const moreButton = document.querySelector<HTMLButtonElement>('#search-more')!;
const filterGroups = ['audience', 'topic', 'source'] as const;
// Each result's text is a separate small download: fetch a page of them at a time.
const pageSize = 10;

let pagefindPromise: Promise<Pagefind> | undefined;
let quickPromise: Promise<{ search: (q: string) => QuickFindEntry[]; index: QuickFindIndex; logic: QueryLogic }> | undefined;
let latest = 0;
let pending: PagefindResult[] = [];

function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from resolving it: the index exists only after the build.
  const path = '/pagefind/pagefind.js';
  pagefindPromise ??= import(/* @vite-ignore */ path).then(async (pf: Pagefind) => {
    // Titles and summaries count for more than body text: a page about a term outranks one
    // that mentions it (the page template also weights the h1, summary and key terms).
    // noWorker: Pagefind's web worker is a second 12 KB script; an index this small is searched
    // in a few milliseconds on the page's own thread.
    await pf.options({ noWorker: true, excerptLength: 24, ranking: { metaWeights: { title: 8, summary: 3 } } });
    return pf;
  });
  return pagefindPromise;
}

function loadQuickFind() {
  quickPromise ??= Promise.all([
    import('fuse.js'),
    import('../lib/quickfind'),
    fetch('/quickfind.json').then((r) => r.json() as Promise<QuickFindIndex>),
  ]).then(([{ default: Fuse }, logic, index]) => {
    const fuse = new Fuse(index.entries, {
      keys: [
        { name: 'title', weight: 2 },
        { name: 'keywords', weight: 1 },
      ],
      threshold: 0.34,
      ignoreLocation: true,
      minMatchCharLength: 2,
    });
    return { index, logic, search: (q: string) => fuse.search(q, { limit: 8 }).map((r) => r.item) };
  });
  return quickPromise;
}

function selectedFilters(): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const group of filterGroups) {
    const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${group}"]:checked`)].map((i) => i.value);
    if (values.length > 0) filters[group] = { any: values };
  }
  return filters;
}

/**
 * Searches each idea in the query on its own and merges the results, so a page that answers
 * most of a question is found even when it lacks one of its words (Pagefind alone would
 * need every word on the page).
 */
async function searchPages(
  pagefind: Pagefind,
  logic: QueryLogic,
  concepts: QueryConcept[],
  filters: Record<string, { any: string[] }>,
): Promise<PagefindResult[]> {
  const searches = logic.searchesToRun(concepts);
  // All pages (within the filters), for weighing how telling each idea is.
  const [all, ...found] = await Promise.all([pagefind.search(null, { filters }), ...searches.map((s) => pagefind.search(s, { filters }))]);
  const byId = new Map<string, PagefindResult>();
  const outcomes = new Map<string, SearchOutcome>();
  searches.forEach((search, i) => {
    const results = found[i]?.results ?? [];
    for (const page of results) byId.set(page.id, page);
    outcomes.set(search, { scores: new Map(results.map((r) => [r.id, r.score])), count: results.length });
  });
  const hits = concepts.map((concept) => logic.conceptHits(concept, outcomes));
  return logic.rankPages(hits, all?.results.length ?? 0).map((r) => byId.get(r.id)!);
}

/** Pagefind's excerpt is HTML with <mark> around matches; copy only its text and marks. */
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

function resultItems(pages: PagefindResultData[]): HTMLLIElement[] {
  return pages.map((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.meta.title ?? page.url;
      const excerpt = document.createElement('p');
      excerpt.className = 'result-excerpt';
      excerpt.append(...excerptNodes(page.excerpt));
      item.append(link, excerpt);
      return item;
    });
}

function renderPages(pages: PagefindResultData[]): void {
  resultsList.replaceChildren(...resultItems(pages));
  resultsSection.hidden = pages.length === 0;
  moreButton.hidden = pending.length === 0;
}

/** Shows the next page of results and moves focus to the first new one. */
async function showMore(): Promise<void> {
  const next = pending.splice(0, pageSize);
  const items = resultItems(await Promise.all(next.map((r) => r.data())));
  resultsList.append(...items);
  moreButton.hidden = pending.length === 0;
  items[0]?.querySelector('a')?.focus();
  status.textContent = `Showing ${resultsList.children.length} of ${resultsList.children.length + pending.length} pages.`;
}

function renderQuick(entries: QuickFindEntry[]): void {
  const kindLabel = { page: 'Page', term: 'Glossary', checklist: 'Checklist' } as const;
  quickList.replaceChildren(
    ...entries.map((entry) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = entry.url;
      link.textContent = entry.title;
      item.append(`${kindLabel[entry.kind]}: `, link);
      return item;
    }),
  );
  quickSection.hidden = entries.length === 0;
}

function describe(count: number, quick: number, query: string, filtered: boolean, corrected: QueryConcept[]): string {
  const pages = count === 1 ? '1 page' : `${count} pages`;
  const matches = quick === 0 ? '' : quick === 1 ? ' and 1 quick match' : ` and ${quick} quick matches`;
  const filterNote = filtered ? ', with filters on' : '';
  const spelling = corrected.length === 0 ? '' : ` Also searched for ${corrected.map((c) => `“${c.label}”`).join(', ')}.`;
  if (count === 0 && quick === 0) return `No results for “${query}”${filterNote}.${spelling} Try other words, or fewer filters.`;
  return `${pages}${matches} found for “${query}”${filterNote}.${spelling}`;
}

async function run(): Promise<void> {
  const query = input.value.trim();
  const ticket = ++latest;
  const filters = selectedFilters();
  syncUrl(query);
  if (!query) {
    pending = [];
    renderPages([]);
    renderQuick([]);
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  try {
    const [pagefind, quick] = await Promise.all([loadPagefind(), loadQuickFind()]);
    const planned = quick.logic.planQuery(query, quick.index.terms, quick.index.words);
    // Only stop words ("what is it"): search for what was typed.
    const concepts = planned.length > 0 ? planned : [{ label: query, searches: [query] }];
    const results = await searchPages(pagefind, quick.logic, concepts, filters);
    const pages = await Promise.all(results.slice(0, pageSize).map((r) => r.data()));
    const filtered = Object.keys(filters).length > 0;
    let quickMatches = filtered ? [] : quick.search(query);
    // A whole question rarely matches a title as typed: try its meaningful, corrected words.
    if (!filtered && quickMatches.length === 0 && planned.length > 0) quickMatches = quick.search(planned.map((c) => c.label).join(' '));
    if (ticket !== latest) return;
    pending = results.slice(pageSize);
    renderPages(pages);
    renderQuick(quickMatches);
    status.textContent = describe(results.length, quickMatches.length, query, filtered, planned.filter((c) => c.correctedFrom));
  } catch {
    // The index or a part of it failed to load (offline, or the site was updated meanwhile):
    // say so, rather than leave "Searching…" on screen, and load afresh on the next try.
    pagefindPromise = undefined;
    quickPromise = undefined;
    if (ticket === latest) status.textContent = 'Search could not load just now. Check your connection and try again.';
  }
}

/** Keeps the address bar in step, so a search can be shared or bookmarked. */
function syncUrl(query: string): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const group of filterGroups) for (const value of selectedFilters()[group]?.any ?? []) params.append(group, value);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

const runSoon = debounce(() => void run(), 250);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
input.addEventListener('input', runSoon);
moreButton.addEventListener('click', () => void showMore());
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void run();
});

// Arriving with ?q= (from the search box in every page's header) searches straight away.
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const group of filterGroups) {
  const wanted = new Set(params.getAll(group));
  for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)) box.checked = wanted.has(box.value);
}
if (wanted()) {
  form.querySelector('details')?.setAttribute('open', '');
}
if (input.value.trim()) void run();

function wanted(): boolean {
  return filterGroups.some((g) => params.getAll(g).length > 0);
}
