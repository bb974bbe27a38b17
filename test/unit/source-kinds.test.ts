import { describe, expect, it } from 'vitest';
import { citedSources, kindLabels, origins } from '../../src/lib/source-kinds.ts';
import { sources } from '../helpers/content.ts';

describe('the "From:" line: who published each source, its kind and its own date', () => {
  const byId = new Map(sources().map((s) => [s.id, s]));

  it('names each cited source once, in the order first cited', () => {
    const cited = citedSources([{ source: 'top-tips-2022' }, { source: 'hampshire-guide' }, { source: 'top-tips-2022' }], byId);
    expect(cited.map((s) => s.id)).toEqual(['top-tips-2022', 'hampshire-guide']);
  });

  it('fails on a source that is not in content/sources.json', () => {
    expect(() => citedSources([{ source: 'made-up-guide' }], byId)).toThrow('"made-up-guide", which is not in content/sources.json');
  });

  it('groups a publisher\'s documents by kind, keeping each one\'s own date, "undated" included', () => {
    const cited = citedSources(
      ['top-tips-2022', 'responsibilities-2024', 'senior-leaders-2026', 'hampshire-guide'].map((source) => ({ source })),
      byId,
    );
    expect(origins(cited)).toEqual([
      {
        from: 'Department for Education',
        kinds: [
          { kind: 'non-statutory', dates: ['2022', '2026-03-18'] },
          { kind: 'statutory', dates: ['2024'] },
        ],
      },
      { from: 'Hampshire County Council Virtual School', kinds: [{ kind: 'council', dates: ['undated'] }] },
    ]);
  });

  it('labels the three kinds as the pages name them', () => {
    expect(Object.values(kindLabels)).toEqual(['statutory guidance', 'non-statutory guidance', 'a council’s guide']);
  });

  it("marks only the summary table of responsibilities as statutory, and the two councils' documents as councils'", () => {
    const kinds = Object.fromEntries(sources().map((s) => [s.id, s.kind]));
    expect(kinds).toEqual({
      'practitioners-summary-2026': 'council',
      'senior-leaders-2026': 'non-statutory',
      'top-tips-2022': 'non-statutory',
      'responsibilities-2024': 'statutory',
      'hampshire-guide': 'council',
    });
  });
});
