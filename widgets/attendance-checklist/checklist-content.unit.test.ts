/**
 * The shipped checklists, read as data: every item is cited to a real source section, links
 * to a real guidance page, and reaches the widget. The site checks the schema at build time;
 * these tests also catch what the schema cannot see (pages, the widget's registry).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistSchema } from '../../content/schemas/checklist.ts';
import { sourceSchema } from '../../content/schemas/source.ts';
import { checklistIds, isChecklistId, loadChecklist } from './checklists.ts';
import { viewEntries } from './model.ts';
import { buildShippedView, shipped as checklists } from './fixtures/shipped.ts';
import { defaultConfig } from './config-defaults.ts';

const root = resolve(import.meta.dirname, '../..');
const sources = sourceSchema.array().parse(JSON.parse(readFileSync(join(root, 'content/sources.json'), 'utf8')));
const schema = checklistSchema(sources);
const files = readdirSync(join(root, 'content/checklists')).filter((f) => f.endsWith('.json'));
const read = (file: string): unknown => JSON.parse(readFileSync(join(root, 'content/checklists', file), 'utf8'));

/** Each item and sub-item with the page and citation that apply to it. */
function everyEntry(list: (typeof checklists)[string]) {
  return list.groups.flatMap((group) =>
    group.items.flatMap((item) => [
      { id: item.id, text: item.text, page: item.page, citation: item.citation },
      ...(item.subItems ?? []).map((sub) => ({ id: sub.id, text: sub.text, page: item.page, citation: item.citation })),
    ]),
  );
}

describe('shipped checklists', () => {
  it('ships the four checklists the widget offers, and no file the widget does not know', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...checklistIds].sort());
    expect(checklistIds).toEqual(expect.arrayContaining(['assessment', 'seven-questions', 'pupil-voice', 'support-and-monitoring']));
  });

  for (const file of files) {
    const id = file.replace(/\.json$/, '');
    describe(id, () => {
      const list = checklists[id]!;

      it('passes the content schema the site builds with', () => {
        const result = schema.safeParse(read(file));
        expect(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2)).toBe(true);
      });

      it('cites, for every item and sub-item, a source and a section that exist in content/sources.json', () => {
        for (const entry of everyEntry(list)) {
          const source = sources.find((s) => s.id === entry.citation.source);
          expect(source, `${entry.id}: source "${entry.citation.source}"`).toBeDefined();
          expect(source!.sections, `${entry.id}: section`).toContain(entry.citation.section);
        }
        for (const citation of list.citations) expect(sources.find((s) => s.id === citation.source)?.sections).toContain(citation.section);
      });

      it('links every item to a guidance page that exists in content/guidance/', () => {
        for (const entry of everyEntry(list)) {
          expect(
            ['md', 'mdx'].some((ext) => existsSync(join(root, 'content/guidance', `${entry.page}.${ext}`))),
            `${entry.id} → ${entry.page}`,
          ).toBe(true);
        }
      });

      it('shows every item and sub-item in the widget with its citation', () => {
        const { view, errors } = buildShippedView({ ...defaultConfig, checklist: id });
        expect(errors).toEqual([]);
        const shown = viewEntries(view);
        expect(shown.map((e) => e.id)).toEqual(everyEntry(list).map((e) => e.id));
        for (const entry of shown) expect(entry.citation, entry.id).toBeDefined();
      });
    });
  }

  it('loads each checklist once per page, however often it is asked for', async () => {
    const first = loadChecklist('pupil-voice');
    expect(loadChecklist('pupil-voice')).toBe(first);
    expect((await first).title).toBe('Pupil voice');
  });

  it('refuses an id that is not a shipped checklist, Object.prototype names included', async () => {
    for (const id of ['nonsense', 'constructor', '__proto__', 'toString', '']) {
      expect(isChecklistId(id), id).toBe(false);
      await expect(loadChecklist(id), id).rejects.toThrow('is not a checklist');
    }
  });

  it('has every attendance-in-assessment question, with sub-questions a to f on age-related expectations', () => {
    const { view } = buildShippedView({ ...defaultConfig, checklist: 'assessment' });
    const ages = view.groups.flatMap((g) => g.items).find((i) => i.id === 'age-related-expectations')!;
    expect(ages.subItems.map((s) => s.number)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(viewEntries(view)).toHaveLength(12);
  });

  it('marks the COVID-19 catch-up and National Tutoring Programme question as dated (2022)', () => {
    const sub = checklists
      .assessment!.groups.flatMap((g) => g.items)
      .flatMap((i) => i.subItems ?? [])
      .find((s) => s.id === 'catch-up-tutoring')!;
    expect(sub.text).toContain('National Tutoring Programme');
    expect(sub.dated).toMatch(/^Dated \(2022\)/);
  });

  it('embeds the calculator where each checklist asks about current attendance', () => {
    const embedded = (id: string) =>
      checklists[id]!.groups.flatMap((g) => g.items)
        .filter((i) => i.embed === 'attendance-calculator')
        .map((i) => i.id);
    expect(embedded('assessment')).toEqual(['current-attendance']);
    expect(embedded('seven-questions')).toEqual(['current-attendance']);
    expect(embedded('support-and-monitoring')).toEqual(['attendance-percentage']);
  });

  it('gives each of the seven questions why it matters and what to ask for', () => {
    const items = checklists['seven-questions']!.groups.flatMap((g) => g.items);
    expect(items).toHaveLength(7);
    for (const item of items) expect([item.id, Boolean(item.why), Boolean(item.askFor)]).toEqual([item.id, true, true]);
  });

  it('has the five pupil voice prompts', () => {
    expect(everyEntry(checklists['pupil-voice']!)).toHaveLength(5);
  });

  it('covers every monitoring check the practitioners’ summary lists', () => {
    const ids = everyEntry(checklists['support-and-monitoring']!).map((e) => e.id);
    for (const id of ['attendance-percentage', 'persistent-absence', 'lateness', 'suspensions', 'reduced-timetable', 'lesson-attendance', 'engagement']) {
      expect(ids).toContain(id);
    }
  });
});

// The extracted source texts sit beside the repository on a working machine (../shared/sources);
// a fresh clone does not have them, so this check runs only where they are.
const sourceDir = resolve(root, '../shared/sources');

describe.runIf(existsSync(sourceDir))('checklist wording is our own', () => {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[‘’]/g, "'")
      .replace(/[^a-z0-9%' ]+/g, ' ')
      .split(/\s+/)
      .filter(Boolean);

  it('copies no run of more than 8 words from its source (marked quotations aside)', () => {
    const copied: string[] = [];
    for (const [id, list] of Object.entries(checklists)) {
      for (const group of list.groups) {
        for (const item of group.items) {
          const file = sources.find((s) => s.id === item.citation.source)!.file;
          const source = ` ${words(readFileSync(join(sourceDir, file), 'utf8')).join(' ')} `;
          const texts = [item.text, item.why, item.askFor, item.dated, ...(item.subItems ?? []).flatMap((s) => [s.text, s.dated])];
          for (const text of texts) {
            if (!text) continue;
            const own = words(text.replace(/“[^”]*”/g, ' '));
            for (let i = 0; i + 9 <= own.length; i += 1) {
              const run = own.slice(i, i + 9).join(' ');
              if (source.includes(` ${run} `)) copied.push(`${id}/${item.id}: "${run}"`);
            }
          }
        }
      }
    }
    expect(copied).toEqual([]);
  });
});
