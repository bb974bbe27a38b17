/**
 * A result's excerpt and its sections ("sub-results"), made from the record's text the way
 * Pagefind's script makes them (pagefind_web_js/lib/excerpt.ts and sub_results.ts in
 * Pagefind 1.x), so that the search page shows the same passage and goes to the same heading.
 */

import { phrasingsEndId, phrasingsStartId } from '../phrasings.ts';

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface Anchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

/** A record's text file as Pagefind writes it. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: Anchor[];
}

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations: WeightedLocation[];
}

/**
 * A record's text without some word ranges, for excerpts: `content` holds the words left, and
 * `at` says where a word of the whole text stands among them (a hidden word, where the next
 * shown one does).
 */
export interface ShownText {
  content: string;
  at(location: number): number;
  hidden(location: number): boolean;
}

/** The word ranges [from, to) between the search phrasings' markers (phrasings.ts): never shown. */
export function phrasingRanges(anchors: readonly Anchor[]): [number, number][] {
  const ranges: [number, number][] = [];
  let start: number | undefined;
  for (const anchor of [...anchors].sort((a, b) => a.location - b.location)) {
    if (anchor.id === phrasingsStartId) start = anchor.location;
    else if (anchor.id === phrasingsEndId && start !== undefined) {
      ranges.push([start, anchor.location]);
      start = undefined;
    }
  }
  return ranges;
}

/** `content` (a record's escaped text) without the words in `ranges`. */
export function withoutRanges(content: string, ranges: readonly (readonly [number, number])[]): ShownText {
  const zws = content.includes('\u200B');
  const words = zws ? content.split('\u200B') : content.split(/[\r\n\s]+/g);
  const hiddenBefore = new Int32Array(words.length + 1);
  const hidden = new Uint8Array(words.length);
  for (const [from, to] of ranges) hidden.fill(1, from, Math.min(to, words.length));
  for (let i = 0; i < words.length; i++) hiddenBefore[i + 1] = hiddenBefore[i]! + hidden[i]!;
  const clamp = (location: number) => Math.max(0, Math.min(location, words.length));
  return {
    content: words.filter((_, i) => !hidden[i]).join(zws ? '\u200B' : ' '),
    at: (location) => clamp(location) - hiddenBefore[clamp(location)]!,
    hidden: (location) => hidden[location] === 1,
  };
}

/** The matches that are shown, placed among the shown words. */
export function shownLocations(text: ShownText, locations: readonly WeightedLocation[]): WeightedLocation[] {
  return locations.filter((l) => !text.hidden(l.location)).map((l) => ({ ...l, location: text.at(l.location) }));
}

/** Where the densest run of matches of `length` words starts. */
export function excerptStart(locations: readonly WeightedLocation[], length: number): number {
  if (locations.length === 0) return 0;
  const words: number[] = [];
  for (const word of locations) words[word.location] = (words[word.location] ?? 0) + word.balanced_score;
  if (words.length <= length) return 0;
  let densest = 0;
  for (let i = 0; i < length; i++) densest += words[i] ?? 0;
  let sum = densest;
  let densestAt = [0];
  for (let i = 0; i < words.length; i++) {
    sum += (words[i + length] ?? 0) - (words[i] ?? 0);
    if (sum > densest) {
      densest = sum;
      densestAt = [i];
    } else if (sum === densest && densestAt[densestAt.length - 1] === i - 1) densestAt.push(i);
  }
  return densestAt[Math.floor(densestAt.length / 2)]!;
}

/** `length` words of `content` from `start`, matches wrapped in <mark> (content is already escaped). */
export function buildExcerpt(content: string, start: number, length: number, locations: readonly number[], notBefore = 0, notFrom?: number): string {
  const zws = content.includes('\u200B');
  const words = zws ? content.split('\u200B') : content.split(/[\r\n\s]+/g);
  const end = notFrom ?? words.length;
  if (end - notBefore < length) length = end - notBefore;
  if (start + length > end) start = end - length;
  if (start < notBefore) start = notBefore;
  for (const word of locations) if (!words[word]?.startsWith('<mark>')) words[word] = `<mark>${words[word]}</mark>`;
  return words
    .slice(start, start + length)
    .join(zws ? '' : ' ')
    .trim();
}

/**
 * The record's sections (split at its headings with ids) that hold matches, each with its own
 * excerpt, made from `shown` when the record has words no excerpt shows (its search phrasings).
 */
export function subResults(fragment: Fragment, rawContent: string, url: string, locations: readonly WeightedLocation[], excerptLength: number, shown?: ShownText): SubResult[] {
  const anchors = fragment.anchors
    .filter((a) => (a.title?.length && /\S/.test(a.title)) || (/h\d/i.test(a.element) && a.text?.length && /\S/.test(a.text)))
    .sort((a, b) => a.location - b.location);
  const results: SubResult[] = [];
  let position = 0;
  let current: SubResult = { title: fragment.meta['title'] ?? '', url, weighted_locations: [], locations: [], excerpt: '' };
  const add = (endRange?: number) => {
    if (current.locations.length === 0) return;
    const section = current;
    const from = position;
    // Made when read: the search page reads one section's excerpt of the several it weighs.
    let excerpt: string | undefined;
    Object.defineProperty(section, 'excerpt', {
      enumerable: true,
      get: () => {
        if (excerpt === undefined) {
          const at = shown ? shown.at : (location: number) => location;
          const [textFrom, textTo] = [at(from), endRange === undefined ? undefined : at(endRange)];
          const matches = shown ? shownLocations(shown, section.weighted_locations) : section.weighted_locations;
          const relative = matches.map((l) => ({ ...l, location: l.location - textFrom }));
          const start = excerptStart(relative, excerptLength) + textFrom;
          const length = textTo !== undefined ? Math.min(textTo - start, excerptLength) : excerptLength;
          const marked = matches.map((l) => l.location);
          excerpt = buildExcerpt(shown ? shown.content : rawContent, start, length, marked, textFrom, textTo);
        }
        return excerpt;
      },
    });
    results.push(section);
  };
  for (const word of locations) {
    if (anchors.length === 0 || word.location < anchors[0]!.location) {
      current.weighted_locations.push(word);
      current.locations.push(word.location);
      continue;
    }
    let next = anchors.shift()!;
    add(next.location);
    while (anchors.length > 0 && word.location >= anchors[0]!.location) next = anchors.shift()!;
    position = next.location;
    current = { title: next.title || next.text || '', url: withHash(url, next.id), weighted_locations: [word], locations: [word.location], excerpt: '' };
  }
  add(anchors[0]?.location);
  return results;
}

function withHash(url: string, id: string): string {
  const absolute = new URL(/^\//.test(url) ? url : `/${url}`, 'https://example.com');
  absolute.hash = id;
  return absolute.toString().replace(/^https:\/\/example.com/, '');
}
