// Builds the Pagefind index of dist/ (run by `npm run build` after Astro): every page whose
// <main> carries data-pagefind-body, plus one record per glossary term, so that a search for a
// term finds that term (at /glossary/#its-id) rather than the whole glossary page.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import * as pagefind from 'pagefind';
import { phrasingParagraph, readPhrasings, unindexedPhrasings, withPhrasings } from '../src/lib/search/phrasings.ts';
import { commonShare, isSkippableWord } from '../src/lib/search/ranking.ts';
import { stopWords } from '../src/lib/search/words.ts';
import { compactPagefindIndex, minifyPagefindScript } from './compact-pagefind-index.mjs';
import { prunePagefindIndex } from './prune-pagefind-index.mjs';

const root = resolve(import.meta.dirname, '..');

// Pagefind splits its word index into chunks, lists them all in a file every search loads
// first, and a search then fetches the chunks holding its words. Its default (20,000 word
// positions a chunk, about 28 KB gzipped here) makes a first search fetch more index than the
// rest of the search together; small chunks make the list long. With the chunks' short names
// (compact-pagefind-index.mjs) an entry of the list costs about 10 bytes, and the fewest bytes
// for a first search come with about 600 positions a chunk at today's 160 records (against
// 1,000: a question's index 18.3 → 13.5 KB, one word 6.6 → 5.7 KB), growing with the square
// root of the site: about 3,400 at 5,000 more pages (a question 74 → 65 KB, one word 38.9 →
// 39.9 KB, where a single word's own positions are most of it).
export function chunkSize(records) {
  return Math.max(600, Math.round(600 * Math.sqrt(records / 160)));
}

/**
 * The most records a word's part of the index lists. At 5,000 added pages a first search for one
 * word then fetches 118 KB in all against 133 KB, and a question 125 KB against 131 KB, in a
 * third to a half of the time (bench, issue 17). A bound of 150 saved 3 KB more on the question
 * and less than 1 KB on the word, for half the results to page through. With them, a word keeps
 * the 30 records of most weight of each filter value (each topic, audience, source, and a council's
 * own pages), so that a search narrowed by a filter still finds it there (1.2 KB more).
 */
export const prunedRecords = 300;
export const prunedPerFilterValue = 30;

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A glossary term as a record of its own. Its names weigh no more than body text: a short
 * record full of them would outrank the pages that explain the term, and a question asking
 * what a term means gets the term first anyway (src/lib/search/results.ts).
 */
export function glossaryRecord(term, sourceTitles, asked = []) {
  const title = term.abbreviation ? `${term.abbreviation}: ${term.term}` : term.term;
  const names = [term.term, term.abbreviation, ...(term.aliases ?? [])].filter(Boolean);
  const sources = [...new Set((term.citations ?? []).map((c) => sourceTitles.get(c.source)).filter(Boolean))];
  return {
    url: `/glossary/#${term.id}`,
    content: `<!doctype html><html lang="en-GB"><body><main data-pagefind-body>
<h1>${escape(title)}</h1>
<p data-pagefind-meta="kind:Glossary" hidden></p>
<p>${escape(names.join(', '))}</p>
<p>${escape(term.definition)}</p>
${asked.length > 0 ? phrasingParagraph(asked) : ''}
${sources.map((s) => `<span data-pagefind-filter="source" hidden>${escape(s)}</span>`).join('')}
</main></body></html>`,
  };
}

/** How many pages of dist/ will be indexed: those whose <main> carries data-pagefind-body. */
function countRecords(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((name) => String(name).endsWith('.html'))
    .filter((name) => readFileSync(join(dir, String(name)), 'utf8').includes('data-pagefind-body')).length;
}

/** The site path of a built HTML file, as Pagefind gives it ("guidance/x/index.html" is "/guidance/x/"). */
const pagePath = (file) => `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * A copy of dist/'s HTML for Pagefind to index, with the search phrasings (content/
 * search-phrasings.yaml) in the sections they belong to: the pages people read stay as built.
 * A page this build has not made (a council edition may hide a tool) has none to take.
 */
function stageWithPhrasings(dist, phrasings, missing) {
  const stage = mkdtempSync(join(tmpdir(), 'apk-index-'));
  try {
    for (const name of readdirSync(dist, { recursive: true })) {
      const file = String(name);
      if (!file.endsWith('.html')) continue;
      const page = pagePath(file);
      const sections = phrasings.get(page);
      const html = readFileSync(join(dist, file), 'utf8');
      mkdirSync(dirname(join(stage, file)), { recursive: true });
      writeFileSync(join(stage, file), sections ? withPhrasings(html, page, sections, missing && ((anchor) => missing(page, anchor))) : html);
    }
    return stage;
  } catch (error) {
    rmSync(stage, { recursive: true, force: true });
    throw error;
  }
}

/** A Pagefind record's URL and text (fragment files are gzipped "pagefind_dcd" + JSON). */
function readRecord(fragmentPath) {
  const text = gunzipSync(readFileSync(fragmentPath)).toString('utf8');
  const { url, content } = JSON.parse(text.slice(text.indexOf('{')));
  return { url, content };
}

/**
 * The words the search may leave out of a question that has a more telling word (ranking.ts:
 * on most records of a large site), with how many records hold each: none on a site of today's
 * size, a few dozen at most on any site, since a word on most records is a word of the language.
 */
export function skippableWords(texts) {
  return Object.fromEntries([...recordCounts(texts)].filter(([, n]) => isSkippableWord(n, texts.length)));
}

/** How many of the texts hold each word. */
function recordCounts(texts) {
  const counts = new Map();
  for (const text of texts) {
    for (const word of new Set(text.toLowerCase().split(/[^a-z0-9']+/))) if (word.length > 1) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * The words other than stop words on more than commonShare of the records ("school",
 * "attendance" here): a question's words that say nothing about what it asks (query-plan.ts).
 */
export function everywhereWords(texts) {
  return [...recordCounts(texts)].filter(([word, n]) => n > texts.length * commonShare && !stopWords.has(word)).map(([word]) => word);
}

/**
 * The result ids of the pages of each kind (content/search-terms.yaml, kind page-kind), by its
 * path: the pages under it, not the part's own index page, which lists them all.
 * @param {{ id: string, url: string }[]} fragments
 * @param {{ path: string }[]} pageKinds
 * @returns {Record<string, string[]>}
 */
export function pageKindRecords(fragments, pageKinds) {
  return Object.fromEntries(pageKinds.map(({ path }) => [path, fragments.filter(({ url }) => url.startsWith(path) && url !== path).map(({ id }) => id)]));
}

/** The pages with the search form (src/components/SearchPanel.astro), whose script reads the index. */
export const searchPages = ['search/index.html', 'teams/search/index.html'];

/**
 * Writes into each search page where the index's metadata is and how to read a query for it, so
 * that its script fetches the metadata as soon as the reader starts typing, beside the search plan
 * rather than after it (one round trip less before a first search can run).
 */
export function fillSearchPages(dist, pagefindIndex) {
  const attribute = `data-search-index="${escape(JSON.stringify(pagefindIndex))}"`;
  for (const page of searchPages) {
    const file = join(dist, page);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-search-index=""')) throw new Error(`${page}: the search form has no empty data-search-index to fill in`);
    writeFileSync(file, html.replace('data-search-index=""', attribute));
  }
}

// A council edition builds into its own folder (APK_DIST, scripts/build-edition.mjs); tests
// point KIT_CONTENT_DIR at a copy of content/.
export async function buildSearchIndex(dist = resolve(root, process.env.APK_DIST ?? 'dist'), contentDir = resolve(root, process.env.KIT_CONTENT_DIR ?? 'content')) {
  const glossary = yaml.load(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8'));
  const sources = JSON.parse(readFileSync(join(contentDir, 'sources.json'), 'utf8'));
  const sourceTitles = new Map(sources.map((s) => [s.id, s.title]));
  // Pagefind reads the chunk size from its environment when an index is created.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(chunkSize(countRecords(dist) + glossary.length));
  const phrasingsFile = join(contentDir, 'search-phrasings.yaml');
  const phrasings = readPhrasings(existsSync(phrasingsFile) ? yaml.load(readFileSync(phrasingsFile, 'utf8')) : []);
  // A glossary term's phrasings go in its own record (glossaryRecord); the rest, on the pages.
  const termPhrasings = new Map([...(phrasings.get('/glossary/') ?? [])].filter(([anchor]) => anchor !== ''));
  const unknown = [...termPhrasings.keys()].filter((id) => !glossary.some((term) => term.id === id));
  if (unknown.length > 0) throw new Error(`content/search-phrasings.yaml: no glossary term ${unknown.map((id) => `#${id}`).join(', ')}`);
  const pagePhrasings = new Map([...phrasings].map(([page, sections]) => [page, new Map([...sections].filter(([anchor]) => page !== '/glossary/' || anchor === ''))]));
  // The kit's own build fails on a section that is gone. A council edition's local name in a
  // heading changes its id: those sections are searched without their phrasings, and the
  // build says which.
  const renamed = [];
  const leftOut = (page, anchor) => {
    renamed.push(`${page}#${anchor}`);
    pagePhrasings.get(page)?.delete(anchor);
  };
  const stage = stageWithPhrasings(dist, pagePhrasings, process.env.APK_COUNCIL ? leftOut : undefined);
  if (renamed.length > 0) process.stdout.write(`Search phrasings left out (a local name changed these headings): ${renamed.join(', ')}\n`);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const fail = (what, response) => {
    if (response.errors.length > 0) throw new Error(`Pagefind (${what}): ${response.errors.join('; ')}`);
    return response;
  };
  let pages;
  try {
    ({ page_count: pages } = fail('pages', await index.addDirectory({ path: stage })));
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  for (const term of glossary) fail(`glossary term ${term.id}`, await index.addHTMLFile(glossaryRecord(term, sourceTitles, termPhrasings.get(term.id))));
  // Pagefind writes beside what is there: an index from an earlier run, already renamed, would
  // be left in the folder (and fail the renaming below).
  rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  fail('writing', await index.writeFiles({ outputPath: join(dist, 'pagefind') }));
  await pagefind.close();
  // Short names for records and index chunks: the list of every record a first search loads
  // shrinks to a third, and Pagefind's script by 2 KB (compact-pagefind-index.mjs). A damaged
  // index throws here, failing the build.
  compactPagefindIndex(join(dist, 'pagefind'));
  await minifyPagefindScript(join(dist, 'pagefind'));
  // A word on more records than the bound keeps only those where it counts most, and each
  // filter value's own best (prune-pagefind-index.mjs): none is on so many at today's size.
  const pruned = prunePagefindIndex(join(dist, 'pagefind'), { keep: prunedRecords, perFilterValue: prunedPerFilterValue });
  // The search weighs how telling a word is by how many records it is in, out of all of them,
  // and ranks glossary terms below the pages that explain them: the search plan carries the
  // total and the glossary records' ids (a result's id is its fragment's name), so a search
  // needs neither to ask Pagefind for every record nor to load a result's text to rank it, and
  // the words a question may leave out on a large site (skippableWords). It also says what the
  // search page's engine needs to read the index: the metadata file's name, fetched as soon as
  // the reader starts typing, and Pagefind's language and kept characters from its entry file.
  const fragmentDir = join(dist, 'pagefind', 'fragment');
  const fragments = readdirSync(fragmentDir).map((name) => ({ id: name.replace(/\.pf_fragment$/, ''), ...readRecord(join(fragmentDir, name)) }));
  const termRecords = Object.fromEntries(fragments.filter(({ url }) => url.startsWith('/glossary/#')).map(({ id, url }) => [url.slice('/glossary/#'.length), id]));
  const basePlan = JSON.parse(readFileSync(join(dist, 'search-plan.json'), 'utf8'));
  const kindRecords = pageKindRecords(fragments, basePlan.pageKinds);
  // Every phrasing placed must be in its record: one under a heading the search leaves out
  // (data-pagefind-ignore) is indexed nowhere.
  const placed = new Map(pagePhrasings).set('/glossary/', new Map([...(pagePhrasings.get('/glossary/') ?? []), ...termPhrasings]));
  const unindexed = unindexedPhrasings(fragments, placed);
  if (unindexed.length > 0)
    throw new Error(`content/search-phrasings.yaml: under a heading the search leaves out (data-pagefind-ignore), so never found:\n  ${unindexed.join('\n  ')}`);
  const records = fragments.length;
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const [language, { hash }] = Object.entries(entry.languages)[0];
  const pagefindIndex = { metaFile: `pagefind.${hash}.pf_meta`, language, includeCharacters: entry.include_characters ?? [] };
  const planPath = join(dist, 'search-plan.json');
  const texts = fragments.map((f) => f.content);
  const common = skippableWords(texts);
  const everywhere = everywhereWords(texts);
  const plan = { ...basePlan, kindRecords, records, prunedRecords, termRecords, common, everywhere, pagefindIndex };
  writeFileSync(planPath, JSON.stringify(plan));
  fillSearchPages(dist, pagefindIndex);
  return { pages, terms: glossary.length, records, pruned: Object.keys(pruned).length };
}

if (import.meta.main) {
  const { pages, terms, records, pruned } = await buildSearchIndex();
  const prunedNote =
    pruned > 0 ? `; ${pruned} words on more than ${prunedRecords} records keep their ${prunedRecords} of most weight and each filter value's best ${prunedPerFilterValue}` : '';
  process.stdout.write(`Search index: ${records} records (the searchable pages of ${pages} HTML files, and ${terms} glossary terms)${prunedNote}\n`);
}
