// Bounds what a search for a very common word costs (run by build-search-index.mjs after the
// renaming in compact-pagefind-index.mjs). Pagefind's word index lists, for each word, every
// record holding it with every position; a search returns all of them to the page as JSON and
// scores each. On a site of thousands of pages a word of the subject ("attendance") is on
// nearly every record: at 5,000 added pages one search of it fetched 19 KB of index and spent
// 100-300 ms returning 69,000 positions, for a list of results nobody pages through to the end.
// Here such a word keeps only the records where it counts most (the usual "impact-ordered"
// pruning of search engines): those whose title or summary holds it, then those where it is
// densest for their length, as Pagefind's BM25 ranks them; and, so that a search narrowed by a
// filter still finds it, the best few of each filter value's records. A search for it alone still
// shows its best records first. Pagefind, counting only the records kept, takes such a word for
// a rarer one than it is: ranking allows for that (src/lib/search/ranking.ts, searchOutcome).
// Words on fewer records than the bound, which is every word of a site of today's size, are
// left exactly as Pagefind wrote them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCbor, encodeCbor, readPagefindFile, writePagefindFile } from './compact-pagefind-index.mjs';

// Pagefind's defaults for BM25 (its ranking options termSaturation and pageLength).
const saturation = 1.4;
const lengthWeight = 0.75;

/**
 * A record's entry for a word, as Pagefind encodes it: [page number delta, positions, meta
 * positions?], where a negative position sets the weight of the positions after it.
 */
function weightedCount(positions) {
  let weight = 25;
  let sum = 0;
  for (const p of positions) {
    if (p < 0) weight = Math.min(255, -p - 1);
    else sum += weight;
  }
  return sum;
}

/**
 * How much a word counts on a record: its title or summary holding it first (Pagefind's meta
 * weights add most to those), then BM25's saturated weighted frequency for the record's length.
 */
export function recordImpact(entry, wordCount, averageLength) {
  const metaBonus = Array.isArray(entry[2]) && entry[2].some((p) => p >= 0) ? 1e6 : 0;
  const tf = weightedCount(entry[1] ?? []);
  const norm = saturation * (1 - lengthWeight + (lengthWeight * wordCount) / averageLength);
  return metaBonus + ((saturation + 1) * tf) / (norm + tf);
}

/**
 * The entries of a word's records with the `keep` of most impact kept, and with them, for each
 * filter value (`groups`: the records of each), its own `perGroup` of most impact, so that a
 * search narrowed by a filter still finds the word on that filter's records. In page order, with
 * their page numbers delta-encoded again. Returns the list unchanged when it is short enough.
 */
export function prunePages(pages, keep, wordCounts, averageLength, groups = [], perGroup = 0) {
  if (pages.length <= keep) return pages;
  let page = 0;
  const absolute = pages.map((entry) => {
    page += entry[0];
    return { page, entry, impact: recordImpact(entry, wordCounts[page] ?? averageLength, averageLength) };
  });
  const byImpact = absolute.sort((a, b) => b.impact - a.impact || a.page - b.page);
  const kept = new Set(byImpact.slice(0, keep));
  for (const group of groups)
    byImpact
      .filter((r) => group.has(r.page))
      .slice(0, perGroup)
      .forEach((r) => kept.add(r));
  let previous = 0;
  return [...kept]
    .sort((a, b) => a.page - b.page)
    .map(({ page, entry }) => {
      const delta = page - previous;
      previous = page;
      return [delta, ...entry.slice(1)];
    });
}

/** The records of each value of each filter (Pagefind's filter files: [name, [[value, [records]], ...]]). */
function filterGroups(pagefindDir, filters) {
  return filters.flatMap(([, chunk]) => {
    const name = `filter/${chunk}.pf_filter`;
    const filter = decodeCbor(readPagefindFile(readFileSync(join(pagefindDir, name)), name), name);
    if (!Array.isArray(filter) || !Array.isArray(filter[1])) throw new Error(`Pagefind index: ${name} is not [filter, [[value, records], ...]]`);
    return filter[1].map(([, records]) => new Set(records));
  });
}

/**
 * Prunes, in the Pagefind index in `pagefindDir`, every word on more than `keep` records to its
 * `keep` records of most impact. Returns the words pruned with how many records they were on.
 * Throws on an index whose chunks do not have the shape Pagefind 1.x writes.
 */
export function prunePagefindIndex(pagefindDir, { keep, perFilterValue = 0 }) {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8'));
  const pruned = {};
  for (const { hash } of Object.values(entry.languages ?? {})) {
    const metaName = `pagefind.${hash}.pf_meta`;
    const meta = decodeCbor(readPagefindFile(readFileSync(join(pagefindDir, metaName)), metaName), metaName);
    const wordCounts = meta[1].map((record) => record[1]);
    const averageLength = wordCounts.reduce((a, b) => a + b, 0) / Math.max(1, wordCounts.length);
    if (wordCounts.length <= keep) continue;
    const groups = perFilterValue > 0 ? filterGroups(pagefindDir, meta[3]) : [];
    for (const [, , chunk] of meta[2]) {
      const name = `index/${chunk}.pf_index`;
      const path = join(pagefindDir, name);
      const index = decodeCbor(readPagefindFile(readFileSync(path), name), name);
      if (!Array.isArray(index) || !Array.isArray(index[0])) throw new Error(`Pagefind index: ${name} is not [[word, records, variants], ...]`);
      let changed = false;
      for (const word of index[0]) {
        if (!Array.isArray(word) || typeof word[0] !== 'string' || !Array.isArray(word[1])) throw new Error(`Pagefind index: ${name} has a word that is not [word, records, ...]`);
        if (word[1].length <= keep) continue;
        pruned[word[0]] = word[1].length;
        word[1] = prunePages(word[1], keep, wordCounts, averageLength, groups, perFilterValue);
        changed = true;
      }
      if (changed) writeFileSync(path, writePagefindFile(encodeCbor(index)));
    }
  }
  return pruned;
}
