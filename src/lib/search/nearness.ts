/**
 * Whether a page has a question's ideas close together. Ranking by ideas alone (ranking.ts)
 * scores a page that mentions "holiday" in one section and "term time" in another as highly
 * as one that discusses term-time holidays in one sentence; the second is the likelier answer.
 * So the best-ranked pages are ranked again with a bonus for the share of the question's
 * information found within a few lines of text.
 */
import type { WeightedLocation } from './engine/excerpts.ts';
import { pageNameWeight } from './results.ts';

/** Where on a page one of a query's ideas was found: a word position in the page's text. */
export interface IdeaPlace {
  at: number;
  idea: number;
}

/**
 * A page's places for each idea (`found[i]`: where idea i's searches matched on it). The
 * page's names (title and keywords, pageNameWeight) say what the whole page is about, not
 * where: they are not places in its text.
 */
export function ideaPlaces(found: readonly (readonly WeightedLocation[])[]): IdeaPlace[] {
  return found.flatMap((locations, idea) => locations.filter((l) => l.weight < pageNameWeight).map((l) => ({ at: l.location, idea })));
}

/** How many words "close together" spans: about two sentences. */
export const nearWidth = 30;

/** How much a page with every idea close together counts above one with none: 1 + this. */
export const nearFactor = 0.5;

/** How many of the best-ranked pages are ranked again: the rest are too far down to rise to the first screen. */
export const nearPages = 30;

/**
 * The largest share of the ideas' weight (ranking.ts's ideaWeights) found within `width`
 * words of text: 1 when every idea is, 0 for a page with no places.
 */
export function nearCoverage(places: readonly IdeaPlace[], weights: readonly number[], width = nearWidth): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || places.length === 0) return 0;
  const sorted = [...places].sort((a, b) => a.at - b.at);
  const inWindow = new Map<number, number>();
  let best = 0;
  let start = 0;
  for (const place of sorted) {
    inWindow.set(place.idea, (inWindow.get(place.idea) ?? 0) + 1);
    while (place.at - sorted[start]!.at > width) {
      const idea = sorted[start]!.idea;
      const left = inWindow.get(idea)! - 1;
      if (left === 0) inWindow.delete(idea);
      else inWindow.set(idea, left);
      start++;
    }
    let weight = 0;
    for (const idea of inWindow.keys()) weight += weights[idea] ?? 0;
    best = Math.max(best, weight);
  }
  return Math.min(1, best / total);
}

/**
 * `ranked` (best first) with its first `nearPages` ranked again, each score multiplied by
 * 1 + nearFactor x nearCoverage. Ties keep their order.
 */
export function rankByNearness<T extends { score: number }>(ranked: readonly T[], placesOf: (page: T) => IdeaPlace[], weights: readonly number[]): T[] {
  const head = ranked.slice(0, nearPages).map((page) => ({ ...page, score: page.score * (1 + nearFactor * nearCoverage(placesOf(page), weights)) }));
  head.sort((a, b) => b.score - a.score);
  return [...head, ...ranked.slice(nearPages)];
}
