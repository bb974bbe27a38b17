import { describe, expect, it } from 'vitest';
import { expandQuery, meaningfulWords } from '../../src/lib/quickfind.ts';

const terms = [
  { term: 'Designated safeguarding lead', abbreviation: 'DSL', aliases: [] },
  { term: 'Education, health and care plan', abbreviation: 'EHCP', aliases: ['EHC plan'] },
];

describe('search query expansion', () => {
  it('adds the full term for an acronym', () => {
    expect(expandQuery('dsl', terms)).toEqual(['dsl', 'Designated safeguarding lead']);
  });
  it('adds the acronym for a full term', () => {
    expect(expandQuery('what does a designated safeguarding lead do', terms)).toContain('DSL');
  });
  it('does not expand an acronym found inside another word', () => {
    expect(expandQuery('dslr camera', terms)).toEqual(['dslr camera']);
  });
  it('returns nothing for an empty query', () => {
    expect(expandQuery('   ', terms)).toEqual([]);
  });
  it('keeps the meaningful words of a whole-sentence question', () => {
    expect(meaningfulWords('What should I ask the school about lateness?')).toEqual(['ask', 'school', 'lateness']);
  });
});
