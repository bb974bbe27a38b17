/**
 * Rules that hold across the content: every source section is covered, "must" only with a
 * statutory source, and pages in the project's own words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseStudies, checklists, guidancePages, haveSourceTexts, readJson, readYaml, sources, sourcesDir } from '../helpers/content.ts';
import { exampleCouncilTexts } from '../helpers/council.ts';

const pages = guidancePages();

describe('coverage map', () => {
  it('has at least one page, case study or checklist for every section of every source', () => {
    const cited = new Set<string>();
    for (const p of pages) for (const c of p.data.citations) cited.add(`${c.source} / ${c.section}`);
    for (const cs of caseStudies()) for (const c of cs.data.citations) cited.add(`${c.source} / ${c.section}`);
    for (const list of checklists()) {
      for (const c of list.data.citations) cited.add(`${c.source} / ${c.section}`);
      for (const g of list.data.groups) for (const i of g.items) cited.add(`${i.citation.source} / ${i.citation.section}`);
    }
    const uncovered = sources()
      .flatMap((s) => s.sections.map((section) => `${s.id} / ${section}`))
      .filter((key) => !cited.has(key));
    expect(uncovered).toEqual([]);
  });

  it('has only citations of sections that are in the map', () => {
    const known = new Set(sources().flatMap((s) => s.sections.map((section) => `${s.id} / ${section}`)));
    const unknown = pages.flatMap((p) => p.data.citations.map((c) => `${p.slug}: ${c.source} / ${c.section}`)).filter((k) => !known.has(k.slice(k.indexOf(': ') + 2)));
    expect(unknown).toEqual([]);
  });

  it('links related pages and checklist items only to pages that exist', () => {
    const slugs = new Set(pages.map((p) => p.slug));
    const broken = [
      ...pages.flatMap((p) => (p.data.related ?? []).filter((r) => !slugs.has(r)).map((r) => `${p.slug} → ${r}`)),
      ...checklists().flatMap((l) => l.data.groups.flatMap((g) => g.items.filter((i) => i.page && !slugs.has(i.page)).map((i) => `${l.id}/${i.id} → ${i.page}`))),
      ...pages.flatMap((p) =>
        [...p.body.matchAll(/\/guidance\/([a-z0-9-]+)\//g)]
          .map((m) => m[1]!)
          .filter((s) => !slugs.has(s))
          .map((s) => `${p.slug} body → ${s}`),
      ),
    ];
    expect(broken).toEqual([]);
  });
});

describe('"must" only for statutory duties', () => {
  // A guide's own "must", quoted as its word (Hampshire: part-time timetables "must" be
  // reviewed), reports what it says; unquoted, "must" on a page states a duty.
  const unquoted = (text: string) => text.replace(/["“]must["”]/gi, '');
  it('puts every unquoted "must" on a page that cites a statutory source', () => {
    const statutory = new Set(
      sources()
        .filter((s) => s.kind === 'statutory')
        .map((s) => s.id),
    );
    const offending = pages
      .filter((p) => /\bmust\b/i.test(unquoted(`${p.data.summary}\n${p.body}`)))
      .filter((p) => !p.data.citations.some((c) => statutory.has(c.source)))
      .map((p) => p.slug);
    expect(offending).toEqual([]);
  });
});

/** Lower-case words, for comparing runs of text. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[a-z0-9']+|\|/g) ?? [];
/** Joins separate texts so that no run is counted across the join. */
const apart = (texts: string[]) => texts.join('\n|\n');

describe('in our own words', () => {
  const runLength = 12;
  // Citations repeat a section's name on every page that cites it: a long heading is cited by
  // its opening words, so that no citation is itself a copied run.
  it.skipIf(!haveSourceTexts)('names each source section in fewer than 12 words, a shortened one by the opening of its heading', () => {
    const problems: string[] = [];
    for (const s of sources()) {
      const text = words(readFileSync(join(sourcesDir, s.file), 'utf8')).join(' ');
      for (const section of s.sections) {
        const shortened = section.endsWith('…');
        const name = words(section);
        if (name.length >= runLength) problems.push(`${s.id}: "${section}" has ${name.length} words`);
        if (!text.includes(name.join(' '))) problems.push(`${s.id}: "${section}" is not the opening of a heading in the source`);
        if (shortened && name.length < 3) problems.push(`${s.id}: "${section}" is shortened too far to say which section it is`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.skipIf(!haveSourceTexts)(`repeats no run of ${runLength} or more words from a source (names and headings aside)`, () => {
    const sourceRuns = new Set<string>();
    for (const s of sources()) {
      const w = words(readFileSync(join(sourcesDir, s.file), 'utf8'));
      for (let i = 0; i + runLength <= w.length; i += 1) sourceRuns.add(w.slice(i, i + runLength).join(' '));
    }
    // Titles of documents and the sources' own section headings are names: quoting them is citing.
    const names = [
      ...sources().flatMap((s) => [s.title, s.partOf ?? '', ...s.sections]),
      'Working together to improve school attendance',
      'Promoting the education of looked-after and previously looked-after children',
      'designated teacher for looked-after and previously looked-after children',
      'designated teacher for looked-after and previously looked-after pupils',
      'Office of the Chief Social Worker for Children and Families',
      'children missing education',
      'supporting pupils at school with medical conditions',
      'Keeping children safe in education',
      // The titles in the March 2026 guidance's list of useful links, given as it gives them.
      "Children's social care national framework",
      'Working together to safeguard children',
      'Families first partnership programme',
      "Children's social care dashboard",
      "Mental health issues affecting a pupil's attendance: guidance for schools",
      "Children's social care: virtual school head role extension",
      "DfE's school attendance toolkit for local authorities",
      'Giving every child the best start in life',
    ]
      .filter(Boolean)
      .map((n) => words(n).join(' '))
      .sort((a, b) => b.length - a.length);
    const texts: [string, string][] = [
      ...pages.map((p): [string, string] => [`guidance/${p.slug}`, apart([p.data.title, p.data.summary, p.body])]),
      ...caseStudies().map((c): [string, string] => [`case-studies/${c.id}`, apart([c.data.summary, ...c.data.parts.flatMap((p) => p.paragraphs), ...(c.data.learning ?? [])])]),
      ...checklists().map((l): [string, string] => [
        `checklists/${l.id}`,
        apart(l.data.groups.flatMap((g) => g.items.flatMap((i) => [i.text, i.why ?? '', i.askFor ?? '', ...(i.subItems ?? []).map((s) => s.text)]))),
      ]),
      ['responsibilities.json', apart(readJson<{ parties: Record<string, string[]> }[]>('responsibilities.json').flatMap((l) => Object.values(l.parties).flat()))],
      ['glossary.yaml', apart(readYaml<{ definition: string }[]>('glossary.yaml').map((g) => g.definition))],
      ['key-facts.json', apart(readJson<{ statement: string; soWhat?: string }[]>('key-facts.json').map((f) => `${f.statement}\n${f.soWhat ?? ''}`))],
      ...exampleCouncilTexts().map(([name, parts]): [string, string] => [name, apart(parts)]),
    ];
    const copied: string[] = [];
    for (const [name, text] of texts) {
      let normalised = ` ${words(text).join(' ')} `;
      for (const n of names) normalised = normalised.split(` ${n} `).join(' | ');
      const w = normalised.split(' ').filter(Boolean);
      for (let i = 0; i + runLength <= w.length; i += 1) {
        const run = w.slice(i, i + runLength);
        if (run.includes('|')) continue;
        if (sourceRuns.has(run.join(' '))) {
          copied.push(`${name}: "${run.join(' ')}"`);
          i += runLength - 1;
        }
      }
    }
    expect(copied).toEqual([]);
  });
  if (!haveSourceTexts) console.log(`Skipped the copied-text check: the source texts are not at ${sourcesDir}.`);
});
