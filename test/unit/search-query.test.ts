import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quickFinder, quickMatches } from '../../src/lib/search/quick-find.ts';
import { maxConcepts, maxQueryLength, planQuery as plan, readAsOtherTerm, searchForm, type QueryConcept } from '../../src/lib/search/query-plan.ts';
import { correctWord, editDistance, vocabulary } from '../../src/lib/search/spelling.ts';
import { engineStem, meaningfulWords, pluralOf, regularEnding, sameWord, sameWordInitials, simpleStems, tokenize, verbForms, yForm } from '../../src/lib/search/words.ts';
import type { GlossaryTerm, Synonym, Task } from '../../src/lib/search/index-types.ts';

const term = (id: string, name: string, abbreviation: string | undefined, aliases: string[]): GlossaryTerm => ({
  id,
  term: name,
  ...(abbreviation ? { abbreviation } : {}),
  aliases,
});
const terms: GlossaryTerm[] = [
  term('dsl', 'Designated safeguarding lead', 'DSL', []),
  term('ehcp', 'Education, health and care plan', 'EHCP', ['EHC plan']),
  term('vsh', 'Virtual school head', 'VSH', []),
  term('virtual-school', 'Virtual school', undefined, []),
  term('lac', 'Looked-after child', 'LAC', ['child in care']),
  term('reduced-timetable', 'Reduced timetable', undefined, ['part-time timetable']),
  term('are', 'Age-related expectations', undefined, ['ARE']),
  term('ewo', 'Education welfare officer', 'EWO', ['attendance officer']),
  term('exclusion', 'Exclusion', undefined, ['expelled']),
  term('suspension', 'Suspension', undefined, []),
  term('eso', 'Education supervision order', 'ESO', []),
];
const synonyms: Synonym[] = [
  { words: ['kid', 'kids', 'young person'], glossary: [], means: ['child', 'children'] },
  { words: ['kicked out'], glossary: ['suspension', 'exclusion'], means: [] },
];
const tasks: Task[] = [
  { page: '/tools/attendance-calculator/', title: 'Attendance calculator', summary: 'Work it out.', words: ['calculator', 'work out attendance', 'percentage'] },
  { page: '/tools/supervision/', title: 'Reflective supervision', summary: 'Prompts.', words: ['supervision', 'reflective supervision'] },
];
const index = { terms, synonyms, tasks };
const planQuery = (query: string, _terms: unknown, spelling: readonly string[] = []): QueryConcept[] => plan(query, index, spelling).concepts;

const words = ['attendance', 'school', 'absence', 'persistent', 'virtual', 'lateness', 'children', 'truancy', 'timetable'];

describe('reading a question', () => {
  it('splits words, drops apostrophes and possessives, and splits hyphens', () => {
    expect(tokenize("The child's part-time timetable, doesn’t it?")).toEqual(['the', 'child', 'part', 'time', 'timetable', 'doesnt', 'it']);
  });
  it('reads a percent sign after a number as the word', () => {
    expect(tokenize("she's on 87% and 90 % is the line")).toEqual(['she', 'on', '87', 'percent', 'and', '90', 'percent', 'is', 'the', 'line']);
    expect(tokenize('50%-60%')).toEqual(['50', 'percent', '60', 'percent']);
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
  it('keeps the first letter, or swaps the first two: a word that differs there is another word', () => {
    expect(correctWord('normal', ['formal'])).toBeUndefined();
    expect(correctWord('bullys', ['gullys'])).toBeUndefined();
    expect(correctWord('cshool', ['school'])).toBe('school');
    expect(correctWord('saftey', ['safety'])).toBe('safety');
  });
  it('leaves known words, their plurals, short words and unknown words alone', () => {
    expect(correctWord('school', words)).toBeUndefined();
    expect(correctWord('schools', words)).toBeUndefined();
    expect(correctWord('ebsa', words)).toBeUndefined();
    expect(correctWord('ofsted', words)).toBeUndefined();
  });
});

describe('telling whether two words are one', () => {
  // Each of sameWord's relations as its own rule: its shortcut on first letters (which spares
  // reading a query most of its comparisons) must never change an answer.
  const sharedStem = (a: string, b: string) => {
    const stems = (w: string) => new Set([w, ...simpleStems(w)].filter((s) => s.length >= 5));
    const ofB = stems(b);
    return [...stems(a)].some((s) => ofB.has(s));
  };
  const yRule = (a: string, b: string) => (yForm(a) !== a || yForm(b) !== b) && (yForm(a) === yForm(b) || regularEnding(yForm(a), yForm(b)));
  const byRules = (a: string, b: string) =>
    a === b || pluralOf(a, b) || regularEnding(a, b) || yRule(a, b) || (verbForms(a).length > 1 && verbForms(a).includes(b)) || sharedStem(a, b);
  const base = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'i', 'o', 's', 't', 'y'), minLength: 1, maxLength: 7 });
  const ending = fc.constantFrom('', 's', 'es', 'ies', 'ed', 'ied', 'ing', 'ren', 'ly', 'er', 'ers', 'e', 'y');

  it('answers as its rules do for every pair of words, however short', () => {
    fc.assert(
      fc.property(base, base, ending, ending, (a, other, end1, end2) => {
        expect(sameWord(a + end1, a + end2)).toBe(byRules(a + end1, a + end2));
        expect(sameWord(a + end1, other + end2)).toBe(byRules(a + end1, other + end2));
      }),
      { numRuns: 20_000 },
    );
    const pairs = [
      ['cries', 'crying'],
      ['y', 'ies'],
      ['by', 'bies'],
      ['a', 'as'],
      ['took', 'take'],
      ['fell', 'falling'],
      ['child', 'children'],
      ['stop', 'stopped'],
      ['excluding', 'excluded'],
    ] as const;
    for (const [a, b] of pairs) expect([a, b, sameWord(a, b)]).toEqual([a, b, true]);
  });
  it('names the first letters a word the same as a query word can start with, so names without them are passed over', () => {
    fc.assert(
      fc.property(base, base, ending, ending, (a, other, end1, end2) => {
        for (const [typed, name] of [
          [a + end1, a + end2],
          [a + end1, other + end2],
        ] as const) {
          const initials = sameWordInitials([typed, 'school']);
          if (sameWord(typed, name)) expect(initials === undefined || name.length < 2 || initials.has(name[0]!)).toBe(true);
        }
      }),
      { numRuns: 20_000 },
    );
    expect([...sameWordInitials(['took', 'school'])!].sort()).toEqual(['s', 't']);
    // A single letter may be the same as a word it does not start ("y", "ies"): nothing is passed over.
    expect(sameWordInitials(['y', 'school'])).toBeUndefined();
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
  it('matches glossary names and everyday words with other endings of a long enough stem', () => {
    expect(planQuery('expelling a pupil', terms, words)[0]!.termIds).toEqual(['exclusion']);
    expect(planQuery('a child on a reduced timetabled day', terms, words).some((c) => c.termIds?.includes('reduced-timetable'))).toBe(true);
    // A short stem says too little: "care" is in "caring" and "career".
    expect(planQuery('careers advice', terms, words).every((c) => !c.termIds)).toBe(true);
  });
  it('reads a short word with a regular ending as that word, unless a letter drops', () => {
    const names = { ...index, synonyms: [{ words: ['called names', 'kick out', 'caring for'], glossary: [], means: ['safety'] }] };
    expect(plan('kids call him names', names).concepts.map((c) => c.label)).toContain('call names');
    expect(plan('they kicked him out', names).concepts.map((c) => c.label)).toContain('kicked out');
    expect(plan('stopped going', { ...index, synonyms: [{ words: ['stop going'], glossary: [], means: ['x'] }] }).concepts.map((c) => c.label)).toEqual(['stopped going']);
    // "care" and "caring" stay apart: "care" drops its "e" in "caring".
    expect(plan('care for him', names).concepts.map((c) => c.label)).not.toContain('care for');
  });
  it('reads another form of an irregular verb as that verb, but never "sent" as SEND', () => {
    const verbs = {
      ...index,
      terms: [...terms, term('send', 'Special educational needs and disabilities', 'SEND', [])],
      synonyms: [{ words: ['falling out', 'taking out of school', 'lost interest'], glossary: [], means: ['x'] }],
    };
    const labelsOf = (q: string) => plan(q, verbs).concepts.map((c) => c.label);
    expect(labelsOf('she fell out with her friends')).toContain('fell out');
    expect(labelsOf('they took him out of school')).toContain('took out of school');
    expect(labelsOf('he is losing interest')).toContain('losing interest');
    expect(plan('is data sent anywhere', verbs).concepts.flatMap((c) => c.termIds ?? [])).toEqual([]);
  });
  it('reads one negative helper as another: "can\'t get out of bed" is the everyday phrase "won\'t get out of bed"', () => {
    const negatives = { ...index, synonyms: [{ words: ['wont get out of bed'], glossary: [], means: ['barriers'] }] };
    const labelsOf = (q: string) => plan(q, negatives).concepts.map((c) => c.label);
    expect(labelsOf("she can't get out of bed")).toContain('cant get out of bed');
    expect(labelsOf('he cannot get out of bed')).toContain('cannot get out of bed');
    expect(labelsOf("she doesn't get out of bed")).toContain('doesnt get out of bed');
    expect(labelsOf('she will get out of bed')).not.toContain('will get out of bed');
    expect([...sameWordInitials(['cant'])!].sort()).toEqual(['c', 'd', 'w']);
  });
  it('names a tool only by its own words or their plurals, never by another ending', () => {
    expect(plan('what does the supervisor do', index).task).toBeUndefined();
    expect(plan('reflective supervisions', index).task?.page).toBe('/tools/supervision/');
  });
  it('makes one idea of two names for it', () => {
    const concepts = planQuery('EWO or attendance officer', terms, words);
    expect(concepts.map((c) => c.label)).toEqual(['attendance officer']);
    expect(concepts[0]!.searches).toContain('"EWO"');
  });
  it('never reads a stop word as an acronym', () => {
    expect(labels('what are the targets')).toEqual(['targets']);
  });
  it('adds the guidance word for an everyday one, marked as everyday', () => {
    const [kids] = planQuery('kids', terms, words);
    expect(kids!.searches).toEqual(['kids', 'child', 'children']);
    expect(kids!.everyday).toBe(true);
    expect(planQuery('young person', terms, words)[0]!.searches).toContain('child');
  });
  it('brings in every name of the glossary terms an everyday phrase means', () => {
    const [kicked] = planQuery('kicked out of school', terms, words);
    expect(kicked!.label).toBe('kicked out');
    expect(kicked!.searches).toEqual(expect.arrayContaining(['"kicked out"', 'Suspension', 'Exclusion']));
    expect(kicked!.termIds).toEqual(['suspension', 'exclusion']);
  });
  it('brings in the other forms of a term’s name among its aliases, not its other names', () => {
    const forms = {
      ...index,
      terms: [term('suspension', 'Suspension', undefined, ['fixed-term exclusion', 'suspended']), term('exclusion', 'Exclusion', undefined, ['expelled', 'excluded'])],
    };
    const [kicked] = plan('kicked out', forms).concepts;
    expect(kicked!.searches).toEqual(expect.arrayContaining(['suspended', 'excluded']));
    expect(kicked!.searches).not.toContain('expelled');
    expect(kicked!.searches).not.toContain('"fixed-term exclusion"');
  });
  it('tells "looking after" from "looked after": another ending, not another word', () => {
    const care = { ...index, synonyms: [{ words: ['looking after'], glossary: [], means: ['young carer'] }] };
    expect(plan('looked after children', care).concepts[0]!.termIds).toEqual(['lac']);
    expect(plan('looking after children', care).concepts[0]!.searches).toContain('"young carer"');
  });
  it('does not search an everyday phrase as typed when the search engine would read it as another term', () => {
    const care = { ...index, synonyms: [{ words: ['looks after', 'caring for'], glossary: [], means: ['young carer'] }] };
    // Pagefind stems "looks" and "looked" alike: "looks after" searched would find every looked-after child.
    const [looks] = plan('looks after his brothers', care).concepts;
    expect(looks!.label).toBe('looks after');
    expect(looks!.searches).toEqual(['"young carer"']);
    expect(plan('caring for his mum', care).concepts[0]!.searches).toEqual(['"caring for"', '"young carer"']);
  });
  it('tells a phrase the search engine would read as another term’s name from one that is that name', () => {
    expect(engineStem('looks')).toBe('look');
    expect(engineStem('looked')).toBe('look');
    expect(engineStem('looking')).toBe('look');
    expect(engineStem('worries')).toBe('worri');
    expect(readAsOtherTerm(['looks', 'after'], [], terms)).toBe(true);
    // The same words as the name, or a phrase meaning that very term, are not another term.
    expect(readAsOtherTerm(['looked', 'after'], [], terms)).toBe(false);
    expect(readAsOtherTerm(['looks', 'after'], ['lac'], terms)).toBe(false);
    // One word alone is searched as typed: Pagefind matches it loosely anyway.
    expect(readAsOtherTerm(['looks'], [], terms)).toBe(false);
  });
  it('reads a name across stop words typed between its words, as typed', () => {
    const [kicked] = planQuery('they kicked him out', terms, words);
    expect(kicked!.label).toBe('kicked out');
    expect(kicked!.termIds).toEqual(['suspension', 'exclusion']);
    expect(planQuery('kicked and thrown and pushed out', terms, words).some((c) => c.termIds)).toBe(false);
  });
  it('reads a name across a word for the child, as across a pronoun', () => {
    expect(planQuery('they kicked my son out', terms, words)[0]!.label).toBe('kicked out');
    expect(planQuery('kicked the children out', terms, words)[0]!.termIds).toEqual(['suspension', 'exclusion']);
    expect(planQuery('kicked the school boys out', terms, words).some((c) => c.termIds)).toBe(false);
  });
  it('keeps a name’s own stop word when it is typed a little further on', () => {
    const leave = { ...index, synonyms: [{ words: ['taking out of school'], glossary: [], means: ['leave of absence'] }] };
    expect(plan('taking the children out of school for a wedding', leave).concepts[0]!.label).toBe('taking out of school');
    expect(plan('taking him out of school', leave).concepts[0]!.label).toBe('taking out of school');
  });
  it('reads "cries" and "cried" as "crying", a short verb ending in "y"', () => {
    expect(sameWord('cries', 'crying')).toBe(true);
    expect(sameWord('cried', 'crying')).toBe(true);
    expect(sameWord('tries', 'trying')).toBe(true);
    expect(sameWord('cries', 'crisis')).toBe(false);
    const crying = { ...index, synonyms: [{ words: ['crying'], glossary: [], means: ['emotional'] }] };
    expect(plan('she cries every morning', crying).concepts[0]!.searches).toContain('emotional');
  });
  it('leaves an article out of a name of three words or more, never out of a shorter one', () => {
    const part = { ...index, synonyms: [{ words: ['for the mornings', 'a fine'], glossary: [], means: ['x'] }] };
    expect(plan('only going in for mornings', part).concepts.map((c) => c.label)).toEqual(['for mornings']);
    expect(plan('we might get a fine', part).concepts.map((c) => c.label)).toEqual(['a fine']);
    expect(plan('fine at weekends', part).concepts.map((c) => c.label)).toEqual(['weekends']);
  });
  it('does not read "tell me why" (a way of asking) as someone telling', () => {
    const telling = { ...index, synonyms: [{ words: ['tells me', 'tell me'], glossary: [], means: ['unexplained absence'] }] };
    expect(plan('what helps a child tell me why they miss school', telling).concepts.map((c) => c.label)).not.toContain('tell me');
    expect(plan('can you tell me about lateness', telling).concepts.map((c) => c.label)).toEqual(['lateness']);
    expect(plan('the school never tells me', telling).concepts.map((c) => c.label)).toContain('tells me');
  });
  it('does not count the words of telling and thinking as ideas', () => {
    expect(labels('school says she thinks it will come here')).toEqual(['school']);
  });
  it('does not count hedges, "at the moment" or "what happens" as ideas', () => {
    expect(labels('she is only going in for mornings at the moment')).toEqual(['mornings']);
    expect(labels('what happens if he is probably just a bit late, rather than absent')).toEqual(['bit', 'late', 'absent']);
  });
  it('reads a name without its own stop words when two telling words remain', () => {
    const letters = { ...index, synonyms: [{ words: ['letter from the council', 'in care'], glossary: [], means: ['legal intervention'] }] };
    expect(plan('a letter from council', letters).concepts[0]!.label).toBe('letter from council');
    expect(plan('letters the council sent', letters).concepts[0]!.label).toBe('letters the council');
    // "in care" is mostly stop words: "care" alone is not it.
    expect(plan('care leaver', letters).concepts.every((c) => !c.searches.includes('"legal intervention"'))).toBe(true);
  });
  it('reads the words of a tool across the words found on most pages', () => {
    const everywhere = { ...index, tasks: [{ page: '/tools/four-is/', title: 'Planner', summary: 'Plan.', words: ['termly targets'] }] };
    expect(plan('termly attendance targets', everywhere).task).toBeUndefined();
    expect(plan('termly attendance targets', { ...everywhere, everywhere: ['attendance'] }).task?.page).toBe('/tools/four-is/');
  });
  it('asks for a meaning when the only other words are found on most pages', () => {
    expect(plan('meaning of a suspension in school attendance', index).definitionOf).toBeUndefined();
    expect(plan('meaning of a suspension in school attendance', { ...index, everywhere: ['school', 'attendance'] }).definitionOf).toBe('suspension');
  });
  it('ignores a last word that only begins a stop word, as one still being typed', () => {
    expect(labels('lateness shoul')).toEqual(['lateness']);
    expect(labels('school abo')).toEqual(['school']);
  });
  it('keeps a last word that is a glossary term’s whole name, though it begins a stop word', () => {
    const severe = { ...index, terms: [...terms, term('severe-absence', 'Severe absence', 'SA', [])] };
    expect(plan('what is SA', severe).definitionOf).toBe('severe-absence');
    expect(plan('define sa', severe).definitionOf).toBe('severe-absence');
    expect(plan('lateness sa', index).concepts.map((c) => c.label)).toEqual(['lateness']);
  });
  it('does not read a duty asked about ("meant to", "supposed to") or a plea for plain words as ideas', () => {
    const mean = { ...index, synonyms: [...synonyms, { words: ['mean to'], glossary: [], means: ['bullying'] }] };
    expect(plan('what am i meant to do about lateness', mean).concepts.map((c) => c.label)).toEqual(['lateness']);
    // "supposed", a word the site never uses, is not corrected to "supported".
    expect(plan('what am i supposed to do about lateness', index, [...words, 'supported']).concepts.map((c) => c.label)).toEqual(['lateness']);
    expect(plan('what is a DSL in simple terms', index).definitionOf).toBe('dsl');
    expect(plan('EHCP in plain english', index).concepts.map((c) => c.label)).toEqual(['ehcp']);
    expect(plan('kids who are mean to him', mean).concepts.map((c) => c.label)).toContain('mean to');
    // "Who is supposed to ..." asks about a duty, not who someone is.
    expect(plan('who is supposed to sort lateness, the DSL?', index).definitionOf).toBeUndefined();
    expect(plan('what is a DSL supposed to do', index).definitionOf).toBeUndefined();
    expect(plan('who is the DSL', index).definitionOf).toBe('dsl');
  });
  it('never reads a name across "or" or "and": they join two things', () => {
    const school = { ...index, synonyms: [{ words: ['school social worker'], glossary: [], means: ['school-based social worker'] }] };
    expect(plan('the school or his social worker', school).concepts.map((c) => c.label)).toEqual(['school', 'social', 'worker']);
    expect(plan('the school social worker', school).concepts.map((c) => c.label)).toEqual(['school social worker']);
  });
  it('asks about the term whose own name was typed, of the several an everyday word means', () => {
    const legal = { ...index, synonyms: [{ words: ['esos', 'court'], glossary: ['exclusion', 'eso'], means: [] }] };
    expect(plan('what are ESOs', legal).definitionOf).toBe('eso');
    expect(plan('what is court', legal).definitionOf).toBe('exclusion');
  });
  it('reads a question comparing two terms as asking about both', () => {
    expect(plan('difference between a DSL and a VSH', index)).toMatchObject({ definitionOf: 'dsl', comparedWith: 'vsh' });
    expect(plan('suspended vs expelled', { ...index, terms: [...terms.slice(0, -2), term('suspension', 'Suspension', undefined, ['suspended'])] })).toMatchObject({
      definitionOf: 'suspension',
      comparedWith: 'exclusion',
    });
    expect(plan('is an EHCP the same as an EHC plan', index).comparedWith).toBeUndefined();
    expect(plan('dsl and vsh roles', index).comparedWith).toBeUndefined();
    expect(plan('difference a vsh and dsl make to lateness, truancy and timetables', index, words).comparedWith).toBeUndefined();
  });
  it('reads the kind of page a question asks for, when it asks for something more', () => {
    const kinds = {
      ...index,
      pageKinds: [
        { path: '/checklists/', words: ['checklist', 'list of questions'] },
        { path: '/case-studies/', words: ['case study'] },
      ],
    };
    expect(plan('checklist for lateness and truancy', kinds).pageKind).toBe('/checklists/');
    expect(plan('a list of questions about lateness', kinds).pageKind).toBe('/checklists/');
    expect(plan('case studies on transitions', kinds).pageKind).toBe('/case-studies/');
    expect(plan('checklists', kinds).pageKind).toBeUndefined();
    expect(plan('the case studies', kinds).pageKind).toBeUndefined();
    expect(plan('lateness questions', kinds).pageKind).toBeUndefined();
  });
  it('keeps a hyphenated word whole and exact', () => {
    expect(planQuery('off-rolling', terms, words)).toEqual([{ label: 'off-rolling', searches: ['"off-rolling"'] }]);
  });
  it('leaves spelling alone until the spelling list is loaded', () => {
    expect(planQuery('persistant', terms)).toEqual([{ label: 'persistant', searches: ['persistant'] }]);
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
  it('never corrects a word the plan itself reads, in any form', () => {
    const fights = { ...index, synonyms: [{ words: ['fighting'], glossary: [], means: ['safety'] }] };
    const concepts = plan('sent home after a fight', fights, ['might', 'school']).concepts;
    expect(concepts.map((c) => c.label)).toContain('fight');
    expect(concepts.some((c) => c.correctedFrom)).toBe(false);
    expect(concepts.find((c) => c.label === 'fight')!.searches).toContain('safety');
    // "skiving" is one edit from "skiing", with the same first letter: were it a site word, a
    // correction would turn truanting into a sport.
    const skiving = { ...index, synonyms: [{ words: ['skiving'], glossary: [], means: ['truancy'] }] };
    expect(plan('he is skiving again', skiving, ['skiing']).concepts[0]).toMatchObject({ label: 'skiving', searches: ['skiving', 'truancy'] });
  });
  it('searches a word the site never uses exactly', () => {
    expect(planQuery('refuser', terms, words)[0]!.searches).toEqual(['"refuser"']);
  });
  it('returns nothing for an empty query or one of stop words only', () => {
    expect(planQuery('   ', terms, words)).toEqual([]);
    expect(planQuery('what is it', terms, words)).toEqual([]);
  });
});

describe('what a query asks for', () => {
  it('reads a term without the qualifier in brackets after its name, and searches it so', () => {
    const local = { ...index, terms: [...terms, term('iss', 'Inclusion Support Service (Hampshire)', 'ISS', [])] };
    const asked = plan('what is the inclusion support service', local);
    expect(asked.definitionOf).toBe('iss');
    expect(asked.concepts[0]!.searches).toContain('"Inclusion Support Service"');
    expect(plan('inclusion support service hampshire', local).concepts[0]!.termIds).toEqual(['iss']);
  });
  it('asks for a definition with "what is" and little else, or with the term alone', () => {
    expect(plan('what is a DSL', index).definitionOf).toBe('dsl');
    expect(plan('EHCP', index).definitionOf).toBe('ehcp');
    expect(plan('what does kicked out mean', index).definitionOf).toBe('suspension');
    expect(plan('what counts as a DSL', index).definitionOf).toBe('dsl');
    expect(plan('what qualifies as an EHCP', index).definitionOf).toBe('ehcp');
    expect(plan('the DSL counts lates', index).definitionOf).toBeUndefined();
    expect(plan('what is the dsl role in attendance meetings', index).definitionOf).toBeUndefined();
    expect(plan('who should contact the dsl', index).definitionOf).toBeUndefined();
  });
  it('does not count the words that ask for a meaning as other ideas', () => {
    expect(plan('what does the acronym EHCP stand for', index).definitionOf).toBe('ehcp');
    expect(plan('explain what is meant by a reduced timetable', index).definitionOf).toBe('reduced-timetable');
  });
  it('names a tool by its name or by what it does', () => {
    expect(plan('attendance calculator', index).task?.page).toBe('/tools/attendance-calculator/');
    expect(plan('how do I work out attendance for a term', index).task?.page).toBe('/tools/attendance-calculator/');
    expect(plan('she is on 87% what is that in days', { ...index, tasks: [{ ...tasks[0]!, words: ['percent'] }] }).task?.page).toBe('/tools/attendance-calculator/');
    expect(plan('what does the guidance say about lateness', index).task).toBeUndefined();
  });
  it('names the page for putting the tools somewhere before a tool named with it', () => {
    const hosting = {
      ...index,
      tasks: [
        { page: '/tools/push-and-pull/', title: 'Push and pull factors', summary: 'Map.', words: ['push and pull tool'] },
        { page: '/councils/cms/', title: 'WordPress', summary: 'Paste a link.', words: ['wordpress'], hostsTools: true },
      ],
    };
    expect(plan('add the push and pull tool to a wordpress page', hosting).task?.page).toBe('/councils/cms/');
    expect(plan('push and pull tool', hosting).task?.page).toBe('/tools/push-and-pull/');
  });
  it('does not read a tool in a longer name', () => {
    expect(plan('when is an education supervision order used', index).task).toBeUndefined();
    expect(plan('reflective supervision on attendance', index).task?.page).toBe('/tools/supervision/');
  });
});

describe('very long queries', () => {
  it('reads only the first characters, and says it was cut', () => {
    const long = 'attendance '.repeat(2000);
    const result = plan(long, index, words);
    expect(result.truncated).toBe(true);
    expect(plan('attendance', index).truncated).toBe(false);
    expect(result.concepts.length).toBeLessThanOrEqual(maxConcepts);
  });
  it('plans any text, however long, as it plans its first characters: the work stops at the cut', () => {
    const spelling = vocabulary(['persistent attendance absence school timetable '.repeat(20)]);
    // The first 200 characters are stop words only: whatever follows them is never read.
    const opening = 'what is the '.repeat(Math.ceil(maxQueryLength / 12)).slice(0, maxQueryLength);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20_000 }), fc.stringMatching(/^[a-z ]{1,2000}$/), (noise, words) => {
        const whole = plan(`${opening}${words} ${noise}`, index, spelling);
        expect(whole.truncated).toBe(true);
        expect(whole.concepts).toEqual([]);
        expect(plan(`${words} ${noise}`, index, spelling).concepts.length).toBeLessThanOrEqual(maxConcepts);
      }),
      { numRuns: 60 },
    );
  });
  it('reads at most the first characters of a pasted case note for quick matches too', () => {
    const note = `${'x'.repeat(maxQueryLength)} virtual school head`;
    const finder = quickFinder({ entries: [{ title: 'VSH: Virtual school head', url: '/glossary/#vsh', kind: 'term', names: ['Virtual school head'] }], leftOut: 0 });
    expect(quickMatches('virtual school head', finder)).toHaveLength(1);
    expect(quickMatches(note, finder)).toEqual([]);
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
