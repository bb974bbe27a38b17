/**
 * A definition question is read as asking about the glossary term it names, whichever of the
 * term's names it uses and however it asks: then the term's entry is shown first (directAnswers
 * in src/lib/search/results.ts). Every name of every term in content/glossary.yaml is asked in
 * each way, so a name added there, or one that another term's name shadows, is checked at once.
 * test/e2e/search-definitions.test.ts asks each term once through the built search page.
 */
import { describe, expect, it } from 'vitest';
import { planQuery } from '../../src/lib/search/query-plan.ts';
import { definitionAskings, glossaryNames } from '../helpers/search-questions.ts';
import { wholePlan } from '../helpers/search-plan.ts';

describe('definition questions', () => {
  const plan = wholePlan();
  const terms = glossaryNames();

  it('are asked about every glossary term, by each of its names', () => {
    expect(terms.length).toBe(plan.terms.length);
    expect(terms.every((t) => t.names.length > 0)).toBe(true);
  });

  it('ask about the term they name, in every way of asking', () => {
    const misread: string[] = [];
    for (const { id, names } of terms) {
      for (const name of names) {
        for (const ask of definitionAskings) {
          const q = ask(name);
          const asked = planQuery(q, plan).definitionOf;
          if (asked !== id) misread.push(`“${q}” read as asking about ${asked ?? 'no term'}, not ${id}`);
        }
      }
    }
    expect(misread).toEqual([]);
  });
});
