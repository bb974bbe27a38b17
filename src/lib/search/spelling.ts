/**
 * Correcting a mistyped word to the nearest word the site uses ("persistant" → "persistent").
 */
import { simpleStems } from './words.ts';

/** Edit distance with adjacent swaps (optimal string alignment), giving up above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

export function isKnown(word: string, known: ReadonlySet<string>): boolean {
  return known.has(word) || simpleStems(word).some((s) => known.has(s));
}

/**
 * Whether a correction keeps the word's first letter, or swaps its first two: people seldom
 * mistype the first letter of a word, and a word that differs there is usually another real
 * word the site does not use ("fight" is not "might", nor "normal" "formal").
 */
export function sameStart(word: string, candidate: string): boolean {
  return candidate[0] === word[0] || (candidate[0] === word[1] && candidate[1] === word[0]);
}

/** How many typing slips a word of this length may have and still be corrected. */
function allowedSlips(word: string): number {
  if (word.length < 5 || /\d/.test(word)) return 0;
  return word.length < 8 ? 1 : 2;
}

/**
 * The known word a mistyped one was meant to be ("persistant" → "persistent"), or undefined
 * when the word is known (itself or by a simple stem) or nothing with its first letter is
 * close enough. `words` is
 * the site's vocabulary, most frequent first, so a tie goes to the commoner word.
 */
export function correctWord(word: string, words: readonly string[], known: ReadonlySet<string> = new Set(words)): string | undefined {
  if (isKnown(word, known)) return undefined;
  const max = allowedSlips(word);
  if (max === 0) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of words) {
    if (Math.abs(candidate.length - word.length) >= bestDistance || !sameStart(word, candidate)) continue;
    const distance = editDistance(word, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}

/**
 * Every word in the searchable text, most frequent first: the list a mistyped query word is
 * corrected against. Markup (links, headings, emphasis, frontmatter) is dropped first.
 */
export function vocabulary(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const plain = text
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/https?:\/\/\S+|\/[a-z0-9-]+\/[a-z0-9/-]*/gi, ' ')
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'");
    for (const word of plain.split(/[^a-z0-9']+/)) {
      const w = word.replace(/^'+|'+$/g, '').replace(/'s$/, '');
      if (w.length < 3 || /^\d+$/.test(w) || w.includes("'")) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}
