/**
 * The content's local-name marks, [your virtual school](local:virtualSchool), across every
 * guidance page and the text kept as data: the national edition renders exactly the words as
 * written (the same HTML as the page with its marks unwrapped), a council edition its own names,
 * and a mark with an unknown key stops the build naming the field. Data that the widgets or the
 * search index read raw carries no marks (they would show as written).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { satteri } from '@astrojs/markdown-satteri';
import localNames from '../../src/council/local-names.ts';
import pageLinks from '../../src/lib/page-links.mjs';
import glossaryLinks from '../../src/lib/glossary-links.mjs';
import { allLocalNameKeys, fillLocalMarks, unknownLocalMarks, withLocalMarks, type CouncilNames } from '../../content/schemas/local-marks.ts';
import { sourceSchema } from '../../content/schemas/source.ts';
import { keyFactSchema } from '../../content/schemas/key-fact.ts';
import { caseStudySchema } from '../../content/schemas/case-study.ts';
import { loadEdition } from '../../src/council/settings.ts';
import { anyshireDir, contentDir } from '../helpers/council.ts';

const guidanceDir = join(contentDir, 'guidance');
const anyshire = loadEdition(anyshireDir, contentDir)!;
const sources = sourceSchema.array().parse(JSON.parse(readFileSync(join(contentDir, 'sources.json'), 'utf8')));

const markPattern = /\[([^\]\n]+)\]\(local:(\w+)\)/g;
/** The text with every mark replaced by the words it wraps: what the page said before it was marked. */
const unwrapped = (text: string) => text.replace(markPattern, '$1');
const body = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

// The processor the site's pages go through (astro.config.mjs), for an edition's names or none.
async function renderer(names?: CouncilNames) {
  const processor = await satteri({ mdastPlugins: [localNames({ names }), pageLinks({ guidanceDir }), glossaryLinks()] }).createRenderer({});
  return async (markdown: string, file: string) => (await processor.render(markdown, { fileURL: pathToFileURL(file) })).code;
}

const pages = readdirSync(guidanceDir)
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => join(guidanceDir, name));
const marked = pages.filter((file) => body(file).includes('](local:'));
const marksIn = (text: string) => [...text.matchAll(markPattern)].map((m) => ({ words: m[1]!, key: m[2]! }));

describe('local-name marks in the guidance pages', () => {
  it('are used on many pages, for each of the widgets’ names and the site’s own', () => {
    const keys = new Set(marked.flatMap((file) => marksIn(body(file)).map((m) => m.key)));
    expect(marked.length).toBeGreaterThanOrEqual(15);
    expect([...keys].sort()).toEqual(['attendanceTeam', 'safeguardingPartnership', 'virtualSchool', 'virtualSchoolHead']);
  });

  it('render, in the national edition, exactly what each page says with its marks unwrapped', async () => {
    const render = await renderer();
    for (const file of pages) {
      const text = body(file);
      const national = await render(text, file);
      expect(national, file).toBe(await render(unwrapped(text), file));
      expect(national, file).not.toContain('local:');
    }
  });

  it('render a council edition’s name for every mark', async () => {
    const render = await renderer(anyshire.ownLocalNames);
    for (const file of marked) {
      const text = body(file);
      const html = (await render(text, file)).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
      for (const { words, key } of marksIn(text)) {
        const name = anyshire.ownLocalNames[key as keyof CouncilNames]!;
        expect(html.toLowerCase(), `${file}: ${words}`).toContain(name.toLowerCase());
      }
      expect(html, file).not.toContain('local:');
    }
  });
});

describe('local-name marks in text kept as data', () => {
  const keyFacts = JSON.parse(readFileSync(join(contentDir, 'key-facts.json'), 'utf8')) as { id: string; soWhat: string }[];
  const newham = yaml.load(readFileSync(join(contentDir, 'case-studies/newham-admissions-transitions.yaml'), 'utf8')) as { learning: string[] };

  it('show the words as written nationally, and the council’s names in its edition (key facts, case studies)', () => {
    const fact = keyFacts.find((f) => f.soWhat.includes('(local:'))!;
    const national = withLocalMarks(keyFactSchema(sources)).parse(fact) as { soWhat: string };
    expect(national.soWhat).toBe(unwrapped(fact.soWhat));
    const council = withLocalMarks(keyFactSchema(sources), anyshire.ownLocalNames).parse(fact) as { soWhat: string };
    expect(council.soWhat).toMatch(/^The head of Anyshire Virtual School can help/);

    const study = withLocalMarks(caseStudySchema(sources), anyshire.ownLocalNames).parse(newham) as { learning: string[] };
    expect(study.learning.join(' ')).toContain('above all the Anyshire Attendance Support Team and the head of Anyshire Virtual School, so you can');
    expect((withLocalMarks(caseStudySchema(sources)).parse(newham) as { learning: string[] }).learning).toEqual(newham.learning.map(unwrapped));
  });

  it('stop the build on an unknown key, naming the field', () => {
    const fact = { ...keyFacts[0]!, soWhat: 'Ask [the school nurse](local:schoolNurse).' };
    const result = withLocalMarks(keyFactSchema(sources)).safeParse(fact);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      `soWhat: unknown local name "local:schoolNurse"; expected one of: ${allLocalNameKeys.map((k) => `local:${k}`).join(', ')}`,
    ]);
  });

  it('fill only marks: ordinary links and placeholders stay as written', () => {
    expect(fillLocalMarks('[a page](/guidance/x/) and {virtualSchool}', { virtualSchool: 'Anyshire Virtual School' })).toBe('[a page](/guidance/x/) and {virtualSchool}');
    expect(unknownLocalMarks('[x](local:virtualSchool) [y](local:nope) [z](local:)')).toEqual(['local:nope', 'local:']);
  });

  it('are never written in data the widgets or the search index read as it is', () => {
    const raw = [
      ...readdirSync(join(contentDir, 'checklists')).map((f) => `checklists/${f}`),
      ...readdirSync(join(contentDir, 'sample-cases')).map((f) => `sample-cases/${f}`),
      'factors.json',
      'responsibilities.json',
      'four-is-roles.json',
      'who-leads.json',
      'definitions.json',
      'glossary.yaml',
      'search-terms.yaml',
      'tools.json',
      'taxonomy.json',
    ];
    const found = raw.filter((file) => readFileSync(join(contentDir, file), 'utf8').includes('](local:'));
    expect(found).toEqual([]);
  });
});
