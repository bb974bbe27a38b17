/**
 * The factor library and the worked example, read as data: every factor passes the schema
 * the site builds with, cites a real source section, asks a question and links to a real
 * page; the lanes hold what the issue asks for; the words are our own; and the example is a
 * valid map of real library factors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factorSchema } from '../../content/schemas/factor.ts';
import { sourceSchema } from '../../content/schemas/source.ts';
import sampleCase from '../../content/sample-cases/alex-year-7.json' with { type: 'json' };
import { defaultSettings } from './config-defaults.ts';
import { buildLibrary, shippedFactors } from './library-data.ts';
import { loadExample } from './example.ts';
import { checkValue } from './state.ts';

/** The push and pull map of the fictional sample case, which is also the widget's worked example. */
const example = { title: sampleCase.title, summary: sampleCase.summary, value: sampleCase.pushPull };

const root = resolve(import.meta.dirname, '../..');
const sources = sourceSchema.array().parse(JSON.parse(readFileSync(join(root, 'content/sources.json'), 'utf8')));
const rawFactors: unknown[] = JSON.parse(readFileSync(join(root, 'content/factors.json'), 'utf8'));
const schema = factorSchema(sources);

describe('the factor library (content/factors.json)', () => {
  it('passes the content schema the site builds with, entry by entry', () => {
    for (const raw of rawFactors) {
      const result = schema.safeParse(raw);
      expect(result.success, result.success ? '' : `${(raw as { id: string }).id}: ${JSON.stringify(result.error.issues)}`).toBe(true);
    }
  });

  it('gives every factor a question to ask, ending in a question mark', () => {
    for (const f of shippedFactors) {
      expect(f.question.trim().length, f.id).toBeGreaterThan(10);
      expect(f.question.trim(), f.id).toMatch(/\?$/);
    }
  });

  it('cites, for every factor, a source and a section that exist in content/sources.json', () => {
    for (const f of shippedFactors) {
      expect(f.citations.length, f.id).toBeGreaterThan(0);
      for (const c of f.citations) {
        const source = sources.find((s) => s.id === c.source);
        expect(source, `${f.id}: source "${c.source}"`).toBeDefined();
        expect(source!.sections, `${f.id}: section`).toContain(c.section);
      }
    }
  });

  it('links every factor to a guidance page that exists in content/guidance/', () => {
    for (const f of shippedFactors)
      expect(
        ['md', 'mdx'].some((ext) => existsSync(join(root, 'content/guidance', `${f.page}.${ext}`))),
        `${f.id} → ${f.page}`,
      ).toBe(true);
  });

  it('has unique ids, none of them in the "own-N" form kept for a person’s own factors', () => {
    const ids = shippedFactors.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => /^own-\d+$/.test(id))).toEqual([]);
  });

  it('holds the factors the sources name, in the lanes and settings they belong to', () => {
    const where = Object.fromEntries(shippedFactors.map((f) => [f.id, `${f.lane} ${f.setting}`]));
    for (const id of [
      'belonging',
      'safety',
      'staff-relationships',
      'peer-relationships',
      'unmet-send',
      'anxiety',
      'moving-school',
      'school-day-transitions',
      'suspensions',
      'reduced-timetable',
    ]) {
      expect(where[id], id).toBe('push in-school');
    }
    for (const id of ['young-carer', 'worry-about-family', 'home-more-fun', 'internet-in-school-hours']) expect(where[id], id).toBe('pull out-of-school');
    for (const id of ['trusted-adult', 'open-door', 'friends', 'interests']) expect(where[id], id).toBe('pull-back in-school');
    for (const id of ['trusted-people', 'family-commitment']) expect(where[id], id).toBe('pull-back out-of-school');
  });

  it('has no factor that turns the top tips guide round: it says missed school adds to family stress, not that stress pulls a child away', () => {
    expect(shippedFactors.map((f) => f.id)).not.toContain('family-stress');
    const fromIntroduction = shippedFactors.filter((f) => f.citations.some((c) => c.source === 'top-tips-2022' && c.section === 'Introduction'));
    expect(fromIntroduction.filter((f) => f.lane === 'pull')).toEqual([]);
  });

  it('gives the two adjustments the guide names: the young carer’s phone check-in and the open door to the head of year', () => {
    const adjustments = (id: string) => (shippedFactors.find((f) => f.id === id)?.adjustments ?? []).join(' ');
    expect(adjustments('young-carer')).toMatch(/phone at school to check in/);
    expect(adjustments('open-door')).toMatch(/open door policy with the head of year/);
  });

  it('offers every shipped factor with the default settings, and nothing else', () => {
    const { factors, errors } = buildLibrary(defaultSettings());
    expect(errors).toEqual([]);
    expect(factors.map((f) => f.id)).toEqual(shippedFactors.map((f) => f.id));
    expect(factors.every((f) => !f.local && f.citations.length > 0)).toBe(true);
  });
});

describe('the worked example (the push and pull map of content/sample-cases/alex-year-7.json)', () => {
  it('says plainly that it is fictional', () => {
    expect(example.title).toMatch(/fictional/i);
    expect(example.summary).toMatch(/made-up/i);
  });

  it('is a valid map, as an imported file must be', () => {
    const checked = checkValue(example.value);
    expect(checked.ok, checked.ok ? '' : checked.reason).toBe(true);
  });

  it('uses library factors by their ids and labels, and places each in its library lane', () => {
    const { factors } = buildLibrary(defaultSettings());
    for (const placed of example.value.factors.filter((f) => f.from === 'library')) {
      const source = factors.find((f) => f.id === placed.id);
      expect(source, placed.id).toBeDefined();
      expect(placed.label).toBe(source!.label);
      expect(placed.lane).toBe(source!.lane);
    }
  });

  it('fills the council’s name into its adjustments when loaded', () => {
    const names = { ...defaultSettings().localNames, attendanceTeam: 'the Anyshire Attendance Team' };
    const loaded = loadExample(names)!;
    expect(loaded.value.adjustments.map((a) => a.text)).toContain('Ask the Anyshire Attendance Team for advice on the plan.');
    expect(JSON.stringify(loaded.value)).not.toContain('{attendanceTeam}');
  });
});

// The extracted source texts sit beside the repository on a working machine (../shared/sources).
const sourceDir = resolve(root, '../shared/sources');
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[a-z0-9']+/g) ?? [];

describe.skipIf(!existsSync(sourceDir))('in our own words', () => {
  it('repeats no run of 12 or more words from a source in a label, question or example adjustment', () => {
    const runs = new Set<string>();
    for (const s of sources) {
      const w = words(readFileSync(join(sourceDir, s.file), 'utf8'));
      for (let i = 0; i + 12 <= w.length; i += 1) runs.add(w.slice(i, i + 12).join(' '));
    }
    const texts = [
      ...shippedFactors.flatMap((f) => [f.label, f.question, ...(f.adjustments ?? [])]),
      example.summary,
      ...example.value.factors.map((f) => f.words),
      ...example.value.adjustments.map((a) => a.text),
    ];
    const copied: string[] = [];
    for (const text of texts) {
      const w = words(text);
      for (let i = 0; i + 12 <= w.length; i += 1) if (runs.has(w.slice(i, i + 12).join(' '))) copied.push(text);
    }
    expect(copied).toEqual([]);
  });
});
