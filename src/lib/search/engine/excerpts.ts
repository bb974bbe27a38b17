/**
 * A result's excerpt and its sections ("sub-results"), made from the record's text the way
 * Pagefind's script makes them (pagefind_web_js/lib/excerpt.ts and sub_results.ts in
 * Pagefind 1.x), so that the search page shows the same passage and goes to the same heading.
 */

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

/** The record's sections (split at its headings with ids) that hold matches, each with its own excerpt. */
export function subResults(fragment: Fragment, rawContent: string, url: string, locations: readonly WeightedLocation[], excerptLength: number): SubResult[] {
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
          const relative = section.weighted_locations.map((l) => ({ ...l, location: l.location - from }));
          const start = excerptStart(relative, excerptLength) + from;
          const length = endRange ? Math.min(endRange - start, excerptLength) : excerptLength;
          excerpt = buildExcerpt(rawContent, start, length, section.locations, from, endRange);
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
