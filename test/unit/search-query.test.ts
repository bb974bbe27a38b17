import { describe, expect, it } from 'vitest';
import {
  correctWord,
  editDistance,
  meaningfulWords,
  planQuery,
  searchForm,
  simpleStems,
  tokenize,
  vocabulary,
} from '../../src/lib/quickfind.ts';

const terms = [
  { term: 'Designated safeguarding lead', abbreviation: 'DSL', aliases: [] },
  { term: 'Education, health and care plan', abbreviation: 'EHCP', aliases: ['EHC plan'] },
  { term: 'Virtual school head', abbreviation: 'VSH', aliases: [] },
  { term: 'Virtual school', aliases: [] },
  { term: 'Looked-after child', abbreviation: 'LAC', aliases: ['child in care'] },
  { term: 'Reduced timetable', aliases: ['part-time timetable'] },
  { term: 'Age-related expectations', aliases: ['ARE'] },
  { term: 'Education welfare officer', abbreviation: 'EWO', aliases: ['attendance officer'] },
];

const words = ['attendance', 'school', 'absence', 'persistent', 'virtual', 'lateness', 'children', 'truancy', 'timetable'];

describe('reading a question', () => {
  it('splits words, drops apostrophes and possessives, and splits hyphens', () => {
    expect(tokenize("The child's part-time timetable, doesn’t it?")).toEqual(['the', 'child', 'part', 'time', 'timetable', 'doesnt', 'it']);
  });
  it('drops pronoun contractions, so "I\'ll" is not read as "ill"', () => {
    expect(tokenize("I'll ask")).toEqual(['ask']);
  });
  it('keeps the meaningful words of a whole-sentence question', () => {
    expect(meaningfulWords('What should I ask the school about lateness?')).toEqual(['ask', 'school', 'lateness']);
  });
});

describe('simple stemming and spelling', () => {
  it('offers the stems of plurals and common endings', () => {
    expect(simpleStems('absences')).toContain('absence');
    expect(simpleStems('studies')).toContain('study');
    expect(simpleStems('truanting')).toContain('truant');
    expect(simpleStems('stopped')).toContain('stop');
  });
  it('counts edits, with a swap of neighbours as one', () => {
    expect(editDistance('attendence', 'attendance')).toBe(1);
    expect(editDistance('shcool', 'school')).toBe(1);
    expect(editDistance('virtural', 'virtual')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
  it('corrects a mistyped word to the nearest word the site uses', () => {
    expect(correctWord('attendence', words)).toBe('attendance');
    expect(correctWord('persistant', words)).toBe('persistent');
    expect(correctWord('absense', words)).toBe('absence');
    expect(correctWord('virtural', words)).toBe('virtual');
  });
  it('leaves known words, their plurals, short words and unknown words alone', () => {
    expect(correctWord('school', words)).toBeUndefined();
    expect(correctWord('schools', words)).toBeUndefined();
    expect(correctWord('ebsa', words)).toBeUndefined();
    expect(correctWord('ofsted', words)).toBeUndefined();
  });
});

describe('planning the searches for a query', () => {
  const labels = (query: string) => planQuery(query, terms, words).map((c) => c.label);

  it('keeps the ideas of a question and drops its stop words', () => {
    expect(labels('what should I ask the school about lateness?')).toEqual(['ask', 'school', 'lateness']);
  });
  it('expands an acronym to its full term, searched exactly', () => {
    const [dsl] = planQuery('dsl', terms, words);
    expect(dsl!.searches).toEqual(['"Designated safeguarding lead"', '"DSL"']);
  });
  it('expands a full term to its acronym', () => {
    const concepts = planQuery('what does a designated safeguarding lead do', terms, words);
    expect(concepts).toHaveLength(1);
    expect(concepts[0]!.searches).toContain('"DSL"');
  });
  it('does not expand an acronym found inside another word', () => {
    expect(planQuery('dslr camera', terms, words).flatMap((c) => c.searches)).not.toContain('"DSL"');
  });
  it('prefers the longest glossary name', () => {
    expect(labels('targets from the virtual school head')).toEqual(['targets', 'virtual school head']);
  });
  it('matches glossary names across hyphens and plurals', () => {
    expect(labels('looked after children')).toEqual(['looked after children']);
    expect(labels('child on a part time timetable')[1]).toBe('part time timetable');
  });
  it('makes one idea of two names for it', () => {
    const concepts = planQuery('EWO or attendance officer', terms, words);
    expect(concepts.map((c) => c.label)).toEqual(['attendance officer']);
    expect(concepts[0]!.searches).toContain('"EWO"');
  });
  it('never reads a stop word as an acronym', () => {
    expect(labels('what are the targets')).toEqual(['targets']);
  });
  it('adds the guidance word for an everyday one', () => {
    const [kids] = planQuery('kids', terms, words);
    expect(kids!.searches).toEqual(['kids', 'children']);
    expect(planQuery('young person', terms, words)[0]!.searches).toContain('child');
  });
  it('keeps a hyphenated word whole and exact', () => {
    expect(planQuery('off-rolling', terms, words)).toEqual([{ label: 'off-rolling', searches: ['"off-rolling"'] }]);
  });
  it('corrects typos and says so', () => {
    const [concept] = planQuery('persistant', terms, words);
    expect(concept).toEqual({ label: 'persistent', searches: ['persistent', '"persistant"'], correctedFrom: 'persistant' });
  });
  it('corrects spelling before reading glossary terms', () => {
    const [concept] = planQuery('reduced timtable', terms, words);
    expect(concept!.label).toBe('reduced timetable');
    expect(concept!.searches).toContain('"part-time timetable"');
    expect(concept!.correctedFrom).toBe('reduced timtable');
  });
  it('searches a word the site never uses exactly', () => {
    expect(planQuery('refuser', terms, words)[0]!.searches).toEqual(['"refuser"']);
  });
  it('returns nothing for an empty query or one of stop words only', () => {
    expect(planQuery('   ', terms, words)).toEqual([]);
    expect(planQuery('what is it', terms, words)).toEqual([]);
  });
});

describe('search forms', () => {
  it('quotes phrases, hyphenated words, acronyms and two-letter words', () => {
    expect(searchForm('lead practitioner')).toBe('"lead practitioner"');
    expect(searchForm('part-time')).toBe('"part-time"');
    expect(searchForm('PA')).toBe('"PA"');
    expect(searchForm('EHCP')).toBe('"EHCP"');
    expect(searchForm('DfE')).toBe('"DfE"');
    expect(searchForm('go')).toBe('"go"');
  });
  it('leaves ordinary words loose', () => {
    expect(searchForm('ask')).toBe('ask');
    expect(searchForm('Ofsted')).toBe('Ofsted');
    expect(searchForm('lateness')).toBe('lateness');
  });
});

describe('the spelling list', () => {
  it('lists words by frequency, without markup, links or numbers', () => {
    const list = vocabulary(['## Lateness\n\nSee [the school](/guidance/seven-things-to-ask-the-school/) about **lateness** in 2024.', "The school's register"]);
    expect(list.slice(0, 2)).toEqual(['lateness', 'school']);
    expect(list).toContain('register');
    expect(list).not.toContain('guidance');
    expect(list).not.toContain('2024');
  });
});
