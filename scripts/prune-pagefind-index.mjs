// Bounds what a search for a very common word costs (run by build-search-index.mjs after the
// renaming in compact-pagefind-index.mjs). Pagefind's word index lists, for each word, every
// record holding it with every position; a search returns all of them to the page as JSON and
// scores each. On a site of thousands of pages a word of the subject ("attendance") is on
// nearly every record: at 5,000 added pages one search of it fetched 19 KB of index and spent
// 100-300 ms returning 69,000 positions, for a list of results nobody pages through to the end.
// Here such a word keeps only the records where it counts most (the usual "impact-ordered"
// pruning of search engines): those whose title or summary holds it, then those where it is
// densest for their length, as Pagefind's BM25 ranks them. A search for it alone still shows its
// best records first; with another word, the search leaves such a word out anyway
// (src/lib/search/ranking.ts, skippedConcepts), and only the rarer word's records are ranked.
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
 * The entries of a word's records with at most `keep` kept, those of most impact, in page order
 * with their page numbers delta-encoded again. Returns the list unchanged when it is short enough.
 */
export function prunePages(pages, keep, wordCounts, averageLength) {
  if (pages.length <= keep) return pages;
  let page = 0;
  const absolute = pages.map((entry) => {
    page += entry[0];
    return { page, entry, impact: recordImpact(entry, wordCounts[page] ?? averageLength, averageLength) };
  });
  const kept = absolute
    .sort((a, b) => b.impact - a.impact || a.page - b.page)
    .slice(0, keep)
    .sort((a, b) => a.page - b.page);
  let previous = 0;
  return kept.map(({ page, entry }) => {
    const delta = page - previous;
    previous = page;
    return [delta, ...entry.slice(1)];
  });
}

/**
 * Prunes, in the Pagefind index in `pagefindDir`, every word on more than `keep` records to its
 * `keep` records of most impact. Returns the words pruned with how many records they were on.
 * Throws on an index whose chunks do not have the shape Pagefind 1.x writes.
 */
export function prunePagefindIndex(pagefindDir, { keep }) {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8'));
  const pruned = {};
  for (const { hash } of Object.values(entry.languages ?? {})) {
    const metaName = `pagefind.${hash}.pf_meta`;
    const meta = decodeCbor(readPagefindFile(readFileSync(join(pagefindDir, metaName)), metaName), metaName);
    const wordCounts = meta[1].map((record) => record[1]);
    const averageLength = wordCounts.reduce((a, b) => a + b, 0) / Math.max(1, wordCounts.length);
    if (wordCounts.length <= keep) continue;
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
        word[1] = prunePages(word[1], keep, wordCounts, averageLength);
        changed = true;
      }
      if (changed) writeFileSync(path, writePagefindFile(encodeCbor(index)));
    }
  }
  return pruned;
}
