import { describe, expect, it } from 'vitest';
import { ideaPlaces, nearCoverage, nearPages, nearWidth, rankByNearness, type IdeaPlace } from '../../src/lib/search/nearness.ts';
import { pageNameWeight } from '../../src/lib/search/results.ts';

const at = (idea: number, ...positions: number[]): IdeaPlace[] => positions.map((p) => ({ at: p, idea }));

describe('how much of a question a page has close together', () => {
  it('is the whole question when every idea falls within a few lines', () => {
    expect(nearCoverage([...at(0, 10), ...at(1, 20), ...at(2, 35)], [1, 1, 1])).toBe(1);
  });

  it('counts only the ideas within one window, by their weights', () => {
    // Ideas 0 and 1 together; idea 2 (the most telling) far away.
    expect(nearCoverage([...at(0, 10), ...at(1, 12), ...at(2, 500)], [1, 1, 2])).toBeCloseTo(0.5);
    // Idea 2 near idea 0 elsewhere on the page: that window is the best.
    expect(nearCoverage([...at(0, 10, 498), ...at(1, 12), ...at(2, 500)], [1, 1, 2])).toBeCloseTo(0.75);
  });

  it('takes the window as nearWidth words, however the places were listed', () => {
    expect(nearCoverage([...at(1, 100 + nearWidth), ...at(0, 100)], [1, 1])).toBe(1);
    expect(nearCoverage([...at(1, 101 + nearWidth), ...at(0, 100)], [1, 1])).toBe(0.5);
  });

  it('counts an idea once however often it occurs, and nothing for a page with no places', () => {
    expect(nearCoverage(at(0, 1, 2, 3, 4, 5), [1, 1])).toBe(0.5);
    expect(nearCoverage([], [1, 1])).toBe(0);
    expect(nearCoverage(at(0, 1), [0, 0])).toBe(0);
  });
});

describe('a page’s places for each idea', () => {
  it('are where each idea matched in the text, not in the page’s names', () => {
    const text = (location: number) => ({ weight: 1, balanced_score: 1, location });
    const name = (location: number) => ({ weight: pageNameWeight, balanced_score: 1, location });
    expect(ideaPlaces([[text(3), name(900)], [text(7)]])).toEqual([
      { at: 3, idea: 0 },
      { at: 7, idea: 1 },
    ]);
  });
});

describe('ranking the best pages again by nearness', () => {
  const weights = [1, 1];
  const places: Record<string, IdeaPlace[]> = {
    apart: [...at(0, 10), ...at(1, 400)],
    together: [...at(0, 10), ...at(1, 14)],
  };

  it('puts a page with the ideas together above one, scored a little higher, with them apart', () => {
    const ranked = [
      { id: 'apart', score: 10 },
      { id: 'together', score: 9 },
    ];
    expect(rankByNearness(ranked, (p) => places[p.id]!, weights).map((p) => p.id)).toEqual(['together', 'apart']);
  });

  it('does not lift a page far below on nearness alone', () => {
    const ranked = [
      { id: 'apart', score: 10 },
      { id: 'together', score: 5 },
    ];
    expect(rankByNearness(ranked, (p) => places[p.id]!, weights).map((p) => p.id)).toEqual(['apart', 'together']);
  });

  it('keeps pages that score alike in the order they came', () => {
    const ranked = [
      { id: 'together', score: 9 },
      { id: 'together-too', score: 9 },
    ];
    const same = (p: { id: string }) => places[p.id] ?? places['together']!;
    expect(rankByNearness(ranked, same, weights).map((p) => p.id)).toEqual(['together', 'together-too']);
    expect(rankByNearness([...ranked].reverse(), same, weights).map((p) => p.id)).toEqual(['together-too', 'together']);
  });

  it('leaves pages below the first nearPages where they were', () => {
    const ranked = Array.from({ length: nearPages + 2 }, (_, i) => ({ id: `p${i}`, score: 100 - i }));
    ranked[nearPages + 1] = { id: 'together', score: 99 };
    const again = rankByNearness(ranked, (p) => places[p.id] ?? [], weights);
    expect(again.at(-1)).toEqual({ id: 'together', score: 99 });
    expect(again.map((p) => p.id).slice(0, nearPages)).toEqual(ranked.slice(0, nearPages).map((p) => p.id));
  });
});
