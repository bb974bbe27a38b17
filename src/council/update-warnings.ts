/**
 * Taking a new national release must not silently leave a council's local material out of date.
 * National content and the council's folder never share a file, so nothing conflicts; instead
 * the build warns where a local page or note points at a national page that is gone, or that
 * was reviewed after the local page or note was, so the council knows what to re-check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { localPagesFolder, pageSlugs, settingsFileName, shownPath, type Edition } from './settings.ts';

export interface UpdateInputs {
  /** National page slug → its lastReviewed date (YYYY-MM-DD). */
  national: ReadonlyMap<string, string>;
  /** The council's local pages: where they are, when reviewed, which national pages they use. */
  localPages: { file: string; lastReviewed: string; relatesTo: string[]; body: string }[];
  /** The notes in the settings file, in order. */
  notes: { page: string; reviewed: string }[];
  /** The settings file, as shown in messages. */
  settingsFile: string;
}

/** National page slugs a local page's text links to (/guidance/<slug>/). */
export function guidanceLinks(body: string): string[] {
  return [...new Set([...body.matchAll(/\/guidance\/([a-z0-9-]+)\/?/g)].map((m) => m[1]!))];
}

export function updateWarnings({ national, localPages, notes, settingsFile }: UpdateInputs): string[] {
  const warnings: string[] = [];
  for (const page of localPages) {
    const linked = [...new Set([...page.relatesTo, ...guidanceLinks(page.body)])];
    for (const slug of linked) {
      const reviewed = national.get(slug);
      if (reviewed === undefined) {
        warnings.push(`${page.file}: points at /guidance/${slug}/, which is not in this release of the national guidance (removed or renamed). Re-check the page and change or remove the link.`);
      } else if (reviewed > page.lastReviewed) {
        warnings.push(`${page.file}: /guidance/${slug}/ was reviewed on ${reviewed}, after this page's lastReviewed (${page.lastReviewed}). Re-check the page against it, then update lastReviewed.`);
      }
    }
  }
  notes.forEach((note, index) => {
    const reviewed = national.get(note.page);
    if (reviewed !== undefined && reviewed > note.reviewed) {
      warnings.push(`${settingsFile} localNotes.${index}: /guidance/${note.page}/ was reviewed on ${reviewed}, after the note's reviewed date (${note.reviewed}). Re-check the note, then update reviewed.`);
    }
  });
  return warnings;
}

/** A YAML date (unquoted 2026-11-27 becomes a Date) or text, as YYYY-MM-DD. */
function dateText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
}

function frontmatter(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { data: (yaml.load(match[1]!) ?? {}) as Record<string, unknown>, body: match[2]! } : { data: {}, body: text };
}

/** The page's file: .mdx or .md (pageSlugs found one of them). */
function pageFile(dir: string, slug: string): string {
  return ['.mdx', '.md'].map((ext) => join(dir, slug + ext)).find((file) => existsSync(file))!;
}

/** Reads what the warnings need from the national content and the council's folder. */
export function readUpdateInputs(edition: Edition, contentDir: string): UpdateInputs {
  const nationalDir = join(contentDir, 'guidance');
  const national = new Map(pageSlugs(nationalDir).map((slug) => [slug, dateText(frontmatter(pageFile(nationalDir, slug)).data.lastReviewed)]));
  const localDir = join(edition.dir, localPagesFolder);
  const localPages = pageSlugs(localDir).map((slug) => {
    const file = pageFile(localDir, slug);
    const { data, body } = frontmatter(file);
    return {
      file: shownPath(file),
      lastReviewed: dateText(data.lastReviewed),
      relatesTo: Array.isArray(data.relatesTo) ? data.relatesTo.map(String) : [],
      body,
    };
  });
  return {
    national,
    localPages,
    notes: edition.localNotes.map((n) => ({ page: n.page, reviewed: n.reviewed })),
    settingsFile: shownPath(join(edition.dir, settingsFileName)),
  };
}
