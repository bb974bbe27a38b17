/**
 * Reads content/ directly, without Astro, for unit tests of the content's own rules. The
 * build validates each entry's shape; these tests check rules across entries.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import type { Citation } from '../../content/schemas/citation.ts';

export const contentDir = resolve(import.meta.dirname, '../../content');
export const sourcesDir = resolve(import.meta.dirname, '../../../shared/sources');
export const haveSourceTexts = existsSync(sourcesDir);

export interface SourceEntry {
  id: string;
  file: string;
  title: string;
  partOf?: string;
  sections: string[];
  from: string;
  date: string;
  /** How the sources page gives the date ("Published 18 March 2026"). */
  dateLabel: string;
  kind: 'statutory' | 'non-statutory' | 'council';
}

export interface GuidancePage {
  slug: string;
  data: {
    title: string;
    summary: string;
    citations: Citation[];
    searchKeywords?: string[];
    related?: string[];
  };
  body: string;
}

export const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(contentDir, file), 'utf8')) as T;
export const readYaml = <T>(file: string): T => yaml.load(readFileSync(join(contentDir, file), 'utf8')) as T;

export const sources = (): SourceEntry[] => readJson<SourceEntry[]>('sources.json');

export function guidancePages(): GuidancePage[] {
  const dir = join(contentDir, 'guidance');
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`content/guidance/${file} has no frontmatter`);
      return { slug: file.replace(/\.mdx?$/, ''), data: yaml.load(match[1]!) as GuidancePage['data'], body: match[2]! };
    });
}

export interface CaseStudy {
  title: string;
  summary: string;
  parts: { heading: string; paragraphs: string[] }[];
  learning?: string[];
  citations: Citation[];
}

export function caseStudies(): { id: string; data: CaseStudy }[] {
  const dir = join(contentDir, 'case-studies');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: readYaml<CaseStudy>(`case-studies/${f}`) }));
}

export interface ChecklistItem {
  id: string;
  text: string;
  why?: string;
  askFor?: string;
  page?: string;
  citation: Citation;
  subItems?: { id: string; text: string }[];
}
export interface Checklist {
  title: string;
  summary: string;
  groups: { id: string; title: string; items: ChecklistItem[] }[];
  citations: Citation[];
}

export function checklists(): { id: string; data: Checklist }[] {
  const dir = join(contentDir, 'checklists');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ id: f.replace(/\.json$/, ''), data: readJson<Checklist>(`checklists/${f}`) }));
}
