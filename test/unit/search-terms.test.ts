import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { searchTermSchema } from '../../content/schemas/search-terms.ts';
import { contentDir } from '../helpers/content.ts';
import { quickFinder, quickMatches } from '../../src/lib/search/quick-find.ts';
import { directAnswers, pageResult } from '../../src/lib/search/results.ts';
import type { GlossaryTerm, QuickFindEntry, Task } from '../../src/lib/search/index-types.ts';
import { capQuickFind, maxQuickFindEntries } from '../../src/lib/search/quick-find-list.ts';
import { planQuery } from '../../src/lib/search/query-plan.ts';
import { stopWords, tokenize } from '../../src/lib/search/words.ts';

const glossary = yaml.load(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')) as { id: string; term: string; abbreviation?: string; aliases?: string[] }[];
const glossaryIds = glossary.map((t) => t.id);
const schema = searchTermSchema(glossaryIds);
const entries = yaml.load(readFileSync(join(contentDir, 'search-terms.yaml'), 'utf8')) as Record<string, unknown>[];

/** The message the build would show for a bad entry: field path and what was expected. */
function problems(entry: unknown): string[] {
  const result = schema.safeParse(entry);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('content/search-terms.yaml', () => {
  it('is valid, with unique ids', () => {
    for (const entry of entries) expect(problems(entry), String(entry.id)).toEqual([]);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says where every synonym comes from, and names real glossary terms for the glossary ones', () => {
    for (const entry of entries.filter((e) => e.kind === 'synonym')) {
      expect(['glossary', 'everyday usage'], String(entry.id)).toContain(entry.basis);
      if (entry.basis === 'glossary') expect((entry.glossary as string[]).length, String(entry.id)).toBeGreaterThan(0);
    }
  });

  it('refuses an unknown glossary term, naming the field', () => {
    expect(problems({ id: 'x', kind: 'synonym', words: ['kicked out'], glossary: ['no-such-term'], basis: 'glossary' })).toEqual([
      'glossary.0: unknown glossary term "no-such-term"; expected an id from content/glossary.yaml',
    ]);
  });

  it('refuses a synonym that says nothing about where it comes from, or maps to nothing', () => {
    expect(problems({ id: 'x', kind: 'synonym', words: ['kicked out'], means: ['exclusion'] })[0]).toMatch(/^basis: /);
    expect(problems({ id: 'x', kind: 'synonym', words: ['kicked out'], basis: 'everyday usage' })).toEqual(['means: expected at least one glossary term or phrase the words mean']);
    expect(problems({ id: 'x', kind: 'synonym', words: ['kicked out'], means: ['exclusion'], basis: 'glossary' })).toEqual([
      'glossary: basis "glossary" needs the glossary terms it comes from',
    ]);
  });

  it('refuses words not written as people type them, and a task page that is not a site path', () => {
    expect(problems({ id: 'x', kind: 'synonym', words: ['Kicked Out'], means: ['exclusion'], basis: 'everyday usage' })[0]).toMatch(/^words\.0: expected lower-case words/);
    expect(problems({ id: 'x', kind: 'task', page: 'https://evil.example/', title: 'T', summary: 'S', words: ['t'] })[0]).toMatch(/^page: expected a path on this site/);
  });
});

/** The kit's own vocabulary, as the search plan carries it (src/lib/search/build-index.ts). */
const vocabulary = {
  terms: glossary.map((t) => ({ id: t.id, term: t.term, ...(t.abbreviation ? { abbreviation: t.abbreviation } : {}), aliases: t.aliases ?? [] })),
  synonyms: entries.filter((e) => e.kind === 'synonym').map((e) => ({ words: e.words as string[], glossary: (e.glossary as string[]) ?? [], means: (e.means as string[]) ?? [] })),
  tasks: entries
    .filter((e) => e.kind === 'task')
    .map((e) => ({ page: e.page as string, title: e.title as string, summary: e.summary as string, words: e.words as string[], ...(e.hostsTools ? { hostsTools: true } : {}) })),
  everywhere: ['attendance', 'school', 'social'],
};

describe('the everyday words map, read from questions', () => {
  // Everyday names for situations and policy terms, as people put them, and the kit's term
  // each must reach: an entry shadowed by another, or lost in an edit, fails here.
  it.each([
    ['he only goes in for the mornings', 'reduced-timetable'],
    ['school keeps ringing mum to pick him up early', 'reduced-timetable'],
    ['gets his mark then walks out', 'internal-truancy'],
    ['in the inclusion room all day', 'internal-truancy'],
    ['family wedding abroad in term time', 'leave-of-absence'],
    ['school suggested home schooling', 'registers'],
    ['they will take her off roll', 'registers'],
    ['no school will take him', 'children-missing-education'],
    ['looks after his little brothers', 'young-carer'],
    ['asked to sign an agreement about attendance', 'parenting-contract'],
    ['unauthorised marks on the register', 'unexplained-absence'],
    ['moved to a tuition centre', 'alternative-provision'],
    ['placement moved and she is out of school', 'lac'],
    ['falling behind the rest of the class', 'age-related-expectations'],
    ['what should schools do for pupils who used to have a social worker', 'social-worker'],
    ['the school does not report absences to social care', 'unexplained-absence'],
    ['school wont let her back in without a meeting', 'suspension'],
    ['working with the parents, not only the child', 'whole-family-approach'],
    ['she wants to have a say in her plan', 'pupil-voice'],
    ['what should I raise at the core group', 'cp'],
    ['attendance at the child in need meeting', 'cin'],
    ['who is the child protection person at school', 'dsl'],
    ['the safeguarding officer at her school', 'dsl'],
    ['school took her name off the books', 'registers'],
    ['what help is there before social care gets involved', 'early-help'],
    ['the family has no social worker', 'early-help'],
    ['he says the teachers never listen to him', 'pupil-voice'],
    ['only going in for mornings at the moment', 'reduced-timetable'],
    ['they sent him home for 3 days after a fight', 'suspension'],
    ['he is being taught out of mainstream', 'alternative-provision'],
  ])('reads “%s” as the kit’s term %s', (question, termId) => {
    const plan = planQuery(question, vocabulary);
    expect(plan.concepts.flatMap((c) => c.termIds ?? [])).toContain(termId);
  });
  it.each([
    ['teenager thinks the teachers have it in for him', '"school staff"'],
    ['worried something will happen to her mum', '"someone at home"'],
    ['he would rather hang around with older friends', 'pull'],
    ['the noise and crowds in the corridors', '"school day"'],
    ['she feels embarrassed in class', 'belonging'],
    ['how does missing school put a child at risk of harm', '"protects the child"'],
    ['how do I explain to a parent how much school she has missed', '"talk in days"'],
    ['she misses every friday', 'pattern'],
    ['will missing school affect his GCSEs', 'grades'],
    ['home is more fun than school for him', '"home more fun"'],
    ['she cries every morning at the school gate', 'anxiety'],
    ['got excluded for a week for fighting', 'behaviour'],
    ['what should the school do if a child with a social worker is absent', '"pupils with a social worker"'],
  ])('searches “%s” with the guidance’s words %s', (question, search) => {
    expect(planQuery(question, vocabulary).concepts.flatMap((c) => c.searches)).toContain(search);
  });
  it('reads "worried sick" as worry, not as illness', () => {
    const named = planQuery('worried sick every morning before school', vocabulary).concepts.flatMap((c) => c.termIds ?? []);
    expect(named).toContain('ebsa');
    expect(named).not.toContain('individual-healthcare-plan');
  });
  it('reads "fine" alone as all right, and "a fine" or "fined" as the penalty', () => {
    const named = (q: string) => planQuery(q, vocabulary).concepts.flatMap((c) => c.termIds ?? []);
    expect(named('tummy aches every school morning but fine at weekends')).not.toContain('legal-intervention');
    expect(named('will we get a fine for his absence')).toContain('legal-intervention');
    expect(named('fined for taking the kids on holiday')).toContain('legal-intervention');
  });
  it('does not read "tell me why" as the school not telling', () => {
    const named = (q: string) => planQuery(q, vocabulary).concepts.flatMap((c) => c.termIds ?? []);
    expect(named('what helps a child feel safe enough to tell me why they miss school')).not.toContain('unexplained-absence');
    expect(named('the school never tells me when she is absent')).toContain('unexplained-absence');
  });
  it.each([
    ['add the push and pull tool to a wordpress page', '/councils/cms/'],
    ['put the attendance calculator on our council website', '/councils/'],
    ['the checklist as a sharepoint web part', '/councils/sharepoint/'],
    ['put it on our sharepoint intranet', '/councils/sharepoint/'],
    ['embed the planner in our cms', '/councils/cms/'],
    ['can we have the calculator as a teams app', '/councils/teams/'],
    ['make our own version of the kit', '/councils/your-own-edition/'],
    ['push and pull tool', '/tools/push-and-pull/'],
  ])('sends “%s” to %s', (question, page) => {
    expect(planQuery(question, vocabulary).task?.page).toBe(page);
  });
  it('sends the everyday name for a checklist to the checklists', () => {
    expect(planQuery('a tick list to take to the school', vocabulary).task?.page).toBe('/checklists/');
  });
  it('keeps a telling word in every tool phrase once its stop words are dropped', () => {
    // "keeps child out of school" read without "keeps" (a stop word) would name the tool for
    // any child out of school, "taking the children out of school for a wedding" included.
    const plain = new Set(['child', 'children', 'school', 'schools', 'attendance', 'pupil', 'pupils']);
    for (const task of vocabulary.tasks) {
      for (const phrase of task.words) {
        const telling = tokenize(phrase).filter((w) => !stopWords.has(w));
        if (telling.length < 2) continue;
        expect(
          telling.some((w) => !plain.has(w)),
          `${task.page}: “${phrase}”`,
        ).toBe(true);
      }
    }
  });
});

const terms: GlossaryTerm[] = [
  { id: 'persistent-absence', term: 'Persistent absence', abbreviation: 'PA', aliases: ['persistently absent'] },
  { id: 'vsh', term: 'Virtual school head', abbreviation: 'VSH', aliases: [] },
];
const tasks: Task[] = [{ page: '/tools/four-is/', title: 'The four i’s planner', summary: 'Plan.', words: ['cohort'] }];

const quickEntries: QuickFindEntry[] = [
  { title: 'PA: Persistent absence', url: '/glossary/#persistent-absence', kind: 'term', names: ['Persistent absence', 'PA', 'persistently absent'] },
  { title: 'VSH: Virtual school head', url: '/glossary/#vsh', kind: 'term', names: ['Virtual school head', 'VSH'] },
  { title: 'Four i’s planner', url: '/tools/four-is/', kind: 'tool' },
  { title: 'Ask whether a reduced timetable is in place', url: '/checklists/seven-questions/#reduced', kind: 'item', within: 'Seven questions' },
  { title: 'Attendance panel referrals', url: '/local/attendance-panel/', kind: 'local' },
];
const finder = quickFinder({ entries: quickEntries, leftOut: 0 });
const urls = (query: string) => quickMatches(query, finder).map((m) => m.url);

describe('quick matches (fuse.js)', () => {
  it('forgives a typing slip in a term’s name or another of its names', () => {
    expect(urls('persistant absense')).toEqual(['/glossary/#persistent-absence']);
    expect(urls('virtural school')).toEqual(['/glossary/#vsh']);
    expect(urls('persistantly absent')).toEqual(['/glossary/#persistent-absence']);
  });
  it('needs every meaningful word to match, and finds tools, checklist items and local pages by their names', () => {
    expect(urls('virtual planner')).toEqual([]);
    expect(urls('planner')).toEqual(['/tools/four-is/']);
    expect(urls('reduced timetabel')).toEqual(['/checklists/seven-questions/#reduced']);
    expect(urls('attendence panel')).toEqual(['/local/attendance-panel/']);
  });
  it('allows no slip in a short word, where one slip makes another word', () => {
    expect(urls('hed')).toEqual([]);
  });
});

describe('the quick-find list', () => {
  const kit: QuickFindEntry[] = [{ title: 'A term', url: '/glossary/#a', kind: 'term' }];
  const page = (n: number, reviewed: string) => ({ title: `Page ${n}`, url: `/guidance/p${n}/`, reviewed });
  it('keeps every page of a site of today’s size', () => {
    const list = capQuickFind(kit, [], [page(1, '2026-01-01'), page(2, '2026-02-01')]);
    expect(list.entries.map((e) => e.url)).toEqual(['/glossary/#a', '/guidance/p2/', '/guidance/p1/']);
    expect(list.leftOut).toBe(0);
  });
  it('stays within its cap on a very large site: the kit’s own entries and local pages first, then the most recently reviewed pages', () => {
    const pages = Array.from({ length: 5000 }, (_, n) => page(n, n === 4999 ? '2026-05-01' : '2025-01-01'));
    const local: QuickFindEntry[] = [{ title: 'Local', url: '/local/x/', kind: 'local' }];
    const list = capQuickFind(kit, local, pages);
    expect(list.entries).toHaveLength(maxQuickFindEntries);
    expect(list.entries.slice(0, 3).map((e) => e.url)).toEqual(['/glossary/#a', '/local/x/', '/guidance/p4999/']);
    expect(list.leftOut).toBe(5000 - (maxQuickFindEntries - 2));
  });
});

describe('what a result shows', () => {
  it('goes to the section whose text matched most, with its excerpt', () => {
    const result = pageResult({
      url: '/guidance/a/',
      excerpt: 'top',
      meta: { title: 'A page' },
      sub_results: [
        { title: 'A page', url: '/guidance/a/', excerpt: 'intro', locations: [1] },
        { title: 'Lateness', url: '/guidance/a/#lateness', excerpt: 'late <mark>marks</mark>', locations: [9, 12, 15] },
      ],
    });
    expect(result).toEqual({ url: '/guidance/a/#lateness', title: 'A page', section: 'Lateness', excerpt: 'late <mark>marks</mark>', kind: 'page' });
  });
  it('goes to the page itself when its top matched most', () => {
    const result = pageResult({ url: '/guidance/a/', excerpt: 'x', meta: { title: 'A' }, sub_results: [{ title: 'A', url: '/guidance/a/', excerpt: 'y', locations: [1] }] });
    expect(result).toEqual({ url: '/guidance/a/', title: 'A', excerpt: 'y', kind: 'page' });
  });
  it('does not let the page names (title, keywords) in its last section choose that section', () => {
    const result = pageResult({
      url: '/guidance/a/',
      excerpt: 'top',
      meta: { title: 'A page' },
      sub_results: [
        { title: 'A page', url: '/guidance/a/', excerpt: 'intro', weighted_locations: [{ weight: 5, balanced_score: 12, location: 3 }] },
        { title: 'Get curious', url: '/guidance/a/#get-curious', excerpt: 'curious', weighted_locations: [{ weight: 6, balanced_score: 18, location: 20 }] },
        { title: 'Next steps', url: '/guidance/a/#next-steps', excerpt: 'keywords', weighted_locations: [{ weight: 10, balanced_score: 51, location: 90 }] },
      ],
    });
    expect(result.url).toBe('/guidance/a/#get-curious');
  });
  it('never goes to a box the template adds (key facts, sources), but to the page', () => {
    const result = pageResult({
      url: '/guidance/a/',
      excerpt: 'top',
      meta: { title: 'A page' },
      sub_results: [
        { title: 'A page', url: '/guidance/a/', excerpt: 'intro', locations: [] },
        { title: 'Key facts', url: '/guidance/a/#key-facts-title', excerpt: '19 days', locations: [40, 41] },
      ],
    });
    expect(result.url).toBe('/guidance/a/');
  });
  describe('with what each idea of the question found on the page', () => {
    const at = (strength: number, location = 0) => [{ weight: 1, balanced_score: strength, location }];
    const section = (title: string, anchor: string, strength: number) => ({
      title,
      url: anchor ? `/guidance/a/#${anchor}` : '/guidance/a/',
      excerpt: `${title} text`,
      weighted_locations: strength > 0 ? at(strength) : [],
    });
    const found = (...sections: ReturnType<typeof section>[]) => ({ url: '/guidance/a/', excerpt: 'top', meta: { title: 'A page' }, sub_results: sections });

    it('goes to the section whose heading names the idea, not the summary that mentions it more', () => {
      // "home visit" is in the page's summary twice and in one section's heading once.
      const homeVisit = found(section('A page', '', 4), section('Talk to the school before a home visit', 'before-a-visit', 2), section('Get curious', 'get-curious', 0));
      const result = pageResult(homeVisit, [{ weight: 2, stems: ['home', 'visit'], found: [homeVisit] }]);
      expect(result).toMatchObject({
        url: '/guidance/a/#before-a-visit',
        section: 'Talk to the school before a home visit',
        excerpt: 'Talk to the school before a home visit text',
      });
      // Without the heading, the summary matched more.
      const plain = found(section('A page', '', 4), section('Before you go', 'before-a-visit', 2));
      expect(pageResult(plain, [{ weight: 2, stems: ['home', 'visit'], found: [plain] }]).url).toBe('/guidance/a/');
    });

    it('lets a rare idea outweigh common ones that the summary matches too', () => {
      const curious = found(section('A page', '', 3), section('Listen', 'listen', 0), section('Ask about the day', 'ask', 6));
      const common = found(section('A page', '', 14), section('Listen', 'listen', 5), section('Ask about the day', 'ask', 0));
      const ideas = [
        { weight: 2.5, stems: ['curious'], found: [curious] },
        { weight: 0.4, stems: ['child'], found: [common] },
      ];
      const result = pageResult(curious, ideas);
      expect(result.url).toBe('/guidance/a/#ask');
      // With the weights the other way round, the sections the common idea matched win.
      expect(
        pageResult(curious, [
          { ...ideas[0]!, weight: 0.4 },
          { ...ideas[1]!, weight: 2.5 },
        ]).url,
      ).toBe('/guidance/a/');
    });

    it('goes to a section that matches as strongly as the page’s summary, which names every idea in passing', () => {
      const belonging = found(section('A page', '', 4), section('Being there is not enough', 'being-there', 4), section('Next steps', 'next', 1));
      expect(pageResult(belonging, [{ weight: 2, stems: ['belong'], found: [belonging] }]).url).toBe('/guidance/a/#being-there');
      // A summary that matches far more strongly than any section still wins.
      const summary = found(section('A page', '', 30), section('Being there is not enough', 'being-there', 4));
      expect(pageResult(summary, [{ weight: 2, stems: ['belong'], found: [summary] }]).url).toBe('/guidance/a/');
    });

    it("takes each idea's strongest match over its searches, and the excerpt of the most telling idea", () => {
      const loose = found(section('A page', '', 1), section('Suspensions', 'suspensions', 1));
      const named = found(section('A page', '', 1), section('Suspensions', 'suspensions', 9));
      named.sub_results[1]!.excerpt = 'sent home for three days';
      const result = pageResult(loose, [
        { weight: 0.5, stems: ['school'], found: [loose] },
        { weight: 3, stems: ['suspens'], found: [loose, named] },
      ]);
      expect(result).toMatchObject({ url: '/guidance/a/#suspensions', excerpt: 'sent home for three days' });
    });

    it('never goes to a box the template adds, and goes to the page when nothing else matched', () => {
      const boxes = found(section('A page', '', 0), section('Key facts', 'key-facts-title', 9), section('Sources', 'sources-title', 9));
      expect(pageResult(boxes, [{ weight: 2, stems: ['key', 'fact'], found: [boxes] }])).toEqual({ url: '/guidance/a/', title: 'A page', excerpt: 'top', kind: 'page' });
    });
  });
  it('answers a "what is" question with the term, then a named tool', () => {
    const plan = { concepts: [], definitionOf: 'vsh', task: tasks[0], truncated: false };
    expect(directAnswers(plan, { terms }).map((a) => [a.kind, a.url, a.title])).toEqual([
      ['term', '/glossary/#vsh', 'VSH: Virtual school head'],
      ['task', '/tools/four-is/', 'The four i’s planner'],
    ]);
  });
  it('answers a question comparing two terms with both, the first named first', () => {
    const plan = { concepts: [], definitionOf: 'vsh', comparedWith: 'persistent-absence', truncated: false };
    expect(directAnswers(plan, { terms }).map((a) => [a.kind, a.url])).toEqual([
      ['term', '/glossary/#vsh'],
      ['term', '/glossary/#persistent-absence'],
    ]);
  });
});
