import { describe, expect, it } from 'vitest';
import { readJson, readYaml, sources } from '../helpers/content.ts';

interface Level {
  id: string;
  level: string;
  order: number;
  parties: Record<'parents' | 'schools' | 'trustsAndGoverningBodies' | 'localAuthorities', string[]>;
  citation: { source: string; section: string };
}

const levels = readJson<Level[]>('responsibilities.json');
const tableSections = sources()
  .find((s) => s.id === 'responsibilities-2024')!
  .sections.slice(2);

describe('responsibilities matrix data', () => {
  it('has the nine levels of the source, in its order, each citing its own section', () => {
    expect(levels.map((l) => l.citation.section)).toEqual(tableSections);
    expect(levels.map((l) => l.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(levels.every((l) => l.citation.source === 'responsibilities-2024')).toBe(true);
  });

  it('has 36 cells, empty only where the source says "Not applicable"', () => {
    // The source marks parents' part in work with cohorts as not applicable; every other cell has text.
    const notApplicable = new Set(['cohorts-lower-attendance/parents']);
    const cells = levels.flatMap((l) => Object.entries(l.parties).map(([party, items]) => ({ key: `${l.id}/${party}`, items })));
    expect(cells).toHaveLength(36);
    const wrong = cells.filter((c) => (c.items.length === 0) !== notApplicable.has(c.key)).map((c) => c.key);
    expect(wrong).toEqual([]);
  });
});

describe('glossary data', () => {
  const glossary = readYaml<{ id: string; term: string; abbreviation?: string; aliases?: string[] }[]>('glossary.yaml');
  it('has at least 20 terms with unique ids', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(20);
    expect(new Set(glossary.map((g) => g.id)).size).toBe(glossary.length);
  });
  it('defines every acronym the issue names', () => {
    const names = new Set(glossary.flatMap((g) => [g.abbreviation, ...(g.aliases ?? [])]).filter(Boolean));
    const required = ['VSH', 'DSL', 'PEP', 'EHCP', 'SEND', 'SENCO', 'CIN', 'CP', 'CLA', 'LAC', 'PLAC', 'TAC', 'TAF', 'AP', 'EWO', 'DfE', 'LA', 'MASH', 'IRO'];
    expect(required.filter((r) => !names.has(r))).toEqual([]);
  });
});
