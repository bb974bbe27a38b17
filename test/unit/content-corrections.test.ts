/**
 * Corrections made after a review of every page against the sources (issue 15). Each test
 * holds one correction in place, so the drift it fixed cannot come back unnoticed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strings as fourIsStrings } from '../../widgets/attendance-four-is/strings.ts';
import { caseStudies, checklists, contentDir, guidancePages, haveSourceTexts, readJson, readYaml, sources, sourcesDir } from '../helpers/content.ts';

const page = (slug: string) => guidancePages().find((p) => p.slug === slug)!;
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('over-attribution to Camden', () => {
  it("presents the young carer and open-door adjustments as the guide's, footnoted to a Camden school, not as Camden's practice", () => {
    const camden = caseStudies().find((c) => c.id === 'camden-young-carer-open-door')!;
    expect(camden.data.title).not.toMatch(/^Camden/);
    expect(camden.data.title).toContain("Camden school's web page");
    const plan = readFileSync(join(contentDir, 'session-plans', 'push-and-pull-in-assessment.yaml'), 'utf8');
    expect(plan).not.toMatch(/Camden (example|adjustment|practice)/i);
  });
});

describe('glossary entries say where each claim comes from', () => {
  const glossary = readYaml<{ id: string; definition: string; aliases?: string[] }[]>('glossary.yaml');
  const entry = (id: string) => glossary.find((g) => g.id === id)!;
  const flagged = [
    'safeguarding-partners',
    'childrens-social-care-national-framework',
    'cin',
    'corporate-parent',
    'statutory-guidance',
    'legal-intervention',
    'eef',
    'designated-teacher',
    'reasonable-adjustments',
    'attendance-contract',
  ];
  it.each(flagged)('%s marks what its sources do not say as general knowledge', (id) => {
    expect(oneLine(entry(id).definition)).toContain('general knowledge, not from the sources');
  });

  it('does not say the EEF found that working with parents works best: the guide does not attribute that to it', () => {
    expect(entry('eef').definition).not.toMatch(/which found/);
  });

  it('keeps parenting contracts and attendance contracts apart, as the summary table does', () => {
    expect(entry('attendance-contract').aliases ?? []).not.toContain('parenting contract');
    expect(entry('parenting-contract')).toBeDefined();
  });

  it("asks the four i's questions in the top tips guide's words, as the planner does", () => {
    const definition = oneLine(entry('four-is').definition).toLowerCase();
    for (const question of Object.values(fourIsStrings.questions)) expect(definition).toContain(question.split(': ')[1]!.toLowerCase());
  });
});

describe('softened or drifted wording', () => {
  it('keeps the Hampshire guide\'s "must" for reviewing a part-time timetable, quoted as its word', () => {
    expect(oneLine(page('seven-things-to-ask-the-school').body)).toContain('The guide says it "must" be reviewed regularly.');
    const item = checklists()
      .find((l) => l.id === 'seven-questions')!
      .data.groups.flatMap((g) => g.items)
      .find((i) => i.id === 'reduced-hours')!;
    expect(item.why).toContain('“must” be reviewed regularly');
  });

  it('says "absent", as the guide does, where it retells paragraph 84', () => {
    const texts = [
      readJson<{ id: string; statement: string }[]>('key-facts.json').find((f) => f.id === 'paragraph-84-tell-the-social-worker')!.statement,
      oneLine(readYaml<{ id: string; definition: string }[]>('glossary.yaml').find((g) => g.id === 'unexplained-absence')!.definition),
      oneLine(page('push-and-pull-factors').body),
    ];
    for (const text of texts) {
      expect(text).toContain('absent unexpectedly or without authorisation');
      expect(text).not.toContain('missing from school');
    }
  });

  it('keeps "can help" for breaking virtual school heads\' targets down term by term, not a duty', () => {
    const summary = page('virtual-school-heads').data.summary;
    expect(summary).not.toMatch(/term-by-term targets|term by term/);
    expect(oneLine(page('virtual-school-heads').body)).toContain('Splitting targets into term-by-term steps can help keep progress steady.');
  });

  it('gives the Wandsworth mother supporting her child alone as the concern the guide records, not as a fact', () => {
    const wandsworth = caseStudies().find((c) => c.id === 'wandsworth-child-a')!;
    expect(wandsworth.data.parts.flatMap((p) => p.paragraphs).join(' ')).toContain('There were concerns that his mother was supporting him at home on her own.');
  });

  it('says the Monitoring part of the matrix is about who checks each party, not what each party does', () => {
    const monitoring = readJson<{ id: string; about?: string }[]>('responsibilities.json').find((l) => l.id === 'monitoring')!;
    expect(monitoring.about).toContain("who checks that party's work");
  });

  it('keeps the council summary\'s "actively challenge" reduced timetables and exclusions', () => {
    expect(page('implications-for-local-practice').body).toContain('Actively challenge reduced timetables and exclusions.');
  });
});

describe('gaps a practitioner would notice', () => {
  it('has one page on reduced (part-time) timetables, citing every place the sources discuss them', () => {
    const reduced = page('reduced-timetables');
    const cited = reduced.data.citations.map((c) => `${c.source} / ${c.section}`);
    expect(cited).toEqual(
      expect.arrayContaining([
        'hampshire-guide / 4. Is reduced hours provision being used?',
        'practitioners-summary-2026 / Monitoring and Analysis Expectations',
        'practitioners-summary-2026 / Implications for Local Practice',
        'senior-leaders-2026 / Monitoring, analysing and driving improvement',
      ]),
    );
    const body = oneLine(reduced.body);
    for (const ask of ['the date it started', 'the reason for it', 'the dates it will be reviewed', 'the plan to bring the child back to full-time education'])
      expect(body).toContain(ask);
    expect(body).toContain('actively challenge reduced timetables');
    expect(body).toContain('The guide says it "must" be reviewed regularly.');
  });

  it("tells virtual school heads' readers about kinship care, as far as the March 2026 guidance goes", () => {
    const vsh = page('virtual-school-heads');
    expect(vsh.body).toContain('## Children in kinship care');
    expect(oneLine(vsh.body)).toContain('says nothing more about kinship care');
    expect(vsh.data.citations.map((c) => c.section)).toContain('The role of virtual school heads');
  });

  it.skipIf(!haveSourceTexts)("lists the March 2026 guidance's further reading, every title as the guidance gives it", () => {
    const source = readFileSync(join(sourcesDir, sources().find((s) => s.id === 'senior-leaders-2026')!.file), 'utf8');
    const block = source.slice(source.indexOf('Useful links'), source.indexOf('[↑ Back to top]'));
    const titles = [...block.matchAll(/^- \[(.+?)\]\(#\)/gm)].map((m) => m[1]!.replace(/\\/g, ''));
    expect(titles.length).toBe(11);
    const body = page('practice-supervisors-and-senior-leaders').body;
    for (const title of titles) expect(body, title).toContain(`- ${title}\n`);
    expect(page('practice-supervisors-and-senior-leaders').data.citations.map((c) => c.section)).toContain('Useful links');
  });

  it('asks, in the support and monitoring checklist, whether you contacted the school before a home visit, keeping every earlier item id', () => {
    const list = checklists().find((l) => l.id === 'support-and-monitoring')!;
    const items = list.data.groups.flatMap((g) => g.items);
    const visit = items.find((i) => i.id === 'school-before-home-visit')!;
    expect(visit.text).toContain('Before a home visit, have you contacted the school');
    expect(visit.citation).toEqual({ source: 'top-tips-2022', section: 'What can you do? How to incorporate…' });
    const ids = items.map((i) => i.id);
    for (const id of [
      'attendance-percentage',
      'persistent-absence',
      'lateness',
      'suspensions',
      'reduced-timetable',
      'lesson-attendance',
      'engagement',
      'belonging',
      'safety',
      'relationships',
      'emotional-context',
      'in-assessment',
      'in-plan',
      'data-review',
      'challenge',
      'working-together',
      'child-voice',
    ]) {
      expect(ids, id).toContain(id);
    }
  });
});
