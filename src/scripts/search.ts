/**
 * The search page. Loads nothing heavy until the reader searches: then Pagefind (full text,
 * with filters) and the quick-find index with fuse.js (titles, glossary terms, checklist
 * items, forgiving typos). Results are announced through one polite status region.
 */
import { expandQuery, meaningfulWords, type QuickFindEntry, type QuickFindIndex } from '../lib/quickfind';

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
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[] } | null>;
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
let quickPromise: Promise<{ search: (q: string) => QuickFindEntry[]; index: QuickFindIndex }> | undefined;
let latest = 0;
let pending: PagefindResult[] = [];

function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from resolving it: the index exists only after the build.
  const path = '/pagefind/pagefind.js';
  pagefindPromise ??= import(/* @vite-ignore */ path).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefindPromise;
}

function loadQuickFind() {
  quickPromise ??= Promise.all([import('fuse.js'), fetch('/quickfind.json').then((r) => r.json() as Promise<QuickFindIndex>)]).then(
    ([{ default: Fuse }, index]) => {
      const fuse = new Fuse(index.entries, {
        keys: [
          { name: 'title', weight: 2 },
          { name: 'keywords', weight: 1 },
        ],
        threshold: 0.34,
        ignoreLocation: true,
        minMatchCharLength: 2,
      });
      return { index, search: (q: string) => fuse.search(q, { limit: 8 }).map((r) => r.item) };
    },
  );
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

/** Runs each search and merges the results, keeping each page once at its best score. */
async function searchPages(pagefind: Pagefind, queries: string[], filters: Record<string, { any: string[] }>): Promise<PagefindResult[]> {
  const best = new Map<string, PagefindResult>();
  const found = await Promise.all(queries.map((q) => pagefind.search(q, { filters })));
  for (const search of found) {
    for (const result of search?.results ?? []) {
      const seen = best.get(result.id);
      if (!seen || seen.score < result.score) best.set(result.id, result);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
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

function describe(count: number, quick: number, query: string, filtered: boolean): string {
  const pages = count === 1 ? '1 page' : `${count} pages`;
  const matches = quick === 0 ? '' : quick === 1 ? ' and 1 quick match' : ` and ${quick} quick matches`;
  const filterNote = filtered ? ', with filters on' : '';
  if (count === 0 && quick === 0) return `No results for “${query}”${filterNote}. Try other words, or fewer filters.`;
  return `${pages}${matches} found for “${query}”${filterNote}.`;
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
  const [pagefind, quick] = await Promise.all([loadPagefind(), loadQuickFind()]);
  let results = await searchPages(pagefind, expandQuery(query, quick.index.terms), filters);
  const words = meaningfulWords(query);
  // A whole-sentence question rarely matches as a phrase: try its meaningful words instead.
  if (results.length === 0 && words.length > 1) results = await searchPages(pagefind, words, filters);
  const pages = await Promise.all(results.slice(0, pageSize).map((r) => r.data()));
  const quickMatches = Object.keys(filters).length > 0 ? [] : quick.search(query);
  if (ticket !== latest) return;
  pending = results.slice(pageSize);
  renderPages(pages);
  renderQuick(quickMatches);
  status.textContent = describe(results.length, quickMatches.length, query, Object.keys(filters).length > 0);
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
