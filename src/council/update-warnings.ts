/**
 * Taking a new national release must not silently leave a council's local material out of date.
 * National content and the council's folder never share a file, so nothing conflicts; instead
 * the build warns where a local page or note points at a national page that is gone, or that
 * was reviewed after the local page or note was, so the council knows what to re-check. It
 * looks at what each names (a page's relatesTo, a note's page) and at every link written in
 * their text: a local page's Markdown, a note's paragraphs and its link.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { localPagesFolder, pageSlugs, settingsFileName, shownPath, type Edition } from './settings.ts';

export interface UpdateInputs {
  /** National page slug → its lastReviewed date (YYYY-MM-DD). */
  national: ReadonlyMap<string, string>;
  /** The other national pages made from content in this release: /checklists/<id>/, /case-studies/<id>/, /training/<id>/, /tools/<id>/. */
  nationalPaths: ReadonlySet<string>;
  /** The council's own origin (council.json origin): its absolute links count as the site's own. */
  origin?: string | undefined;
  /** The council's local pages: where they are, when reviewed, which national pages they use. */
  localPages: { file: string; lastReviewed: string; relatesTo: string[]; body: string }[];
  /** The notes in the settings file, in order: the page each is on, its text and its link. */
  notes: { page: string; reviewed: string; text?: string[]; link?: string | undefined }[];
  /** The settings file, as shown in messages. */
  settingsFile: string;
}

/** The first part of the national pages' addresses that content in a release makes and a release can remove. */
const releasedSections = ['guidance', 'checklists', 'case-studies', 'training', 'tools'];

/**
 * The site's own pages a text links to, as `/<section>/<id>/`: relative paths (in a Markdown
 * link, an HTML attribute or written out) and addresses on the council's own origin. An address
 * on another site (GOV.UK has /guidance/ pages too) is not the kit's.
 */
export function siteLinks(text: string, origin?: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/(https?:\/\/[^\s/)"'<>]+)?(\/[a-z0-9-]+\/[a-z0-9-]+)\/?/gi)) {
    const [, host, path] = match;
    const before = text[match.index - 1] ?? ' ';
    if (host !== undefined ? host !== origin : /[\w.:/-]/.test(before)) continue;
    if (releasedSections.includes(path!.split('/')[1]!)) found.add(`${path}/`);
  }
  return [...found];
}

/** National page slugs a local page's text links to (/guidance/<slug>/). */
export function guidanceLinks(body: string, origin?: string): string[] {
  return siteLinks(body, origin)
    .filter((path) => path.startsWith('/guidance/'))
    .map((path) => path.slice('/guidance/'.length, -1));
}

export function updateWarnings({ national, nationalPaths, origin, localPages, notes, settingsFile }: UpdateInputs): string[] {
  const warnings: string[] = [];
  const gone = (where: string, path: string) =>
    `${where}: points at ${path}, which is not in this release of the national kit (removed or renamed). Re-check it and change or remove the link.`;
  /** Warnings for the pages `where` links to that this release does not have, other than guidance (checked with its dates). */
  const missing = (where: string, text: string) =>
    siteLinks(text, origin)
      .filter((path) => !path.startsWith('/guidance/') && !nationalPaths.has(path))
      .map((path) => gone(where, path));

  for (const page of localPages) {
    for (const slug of new Set([...page.relatesTo, ...guidanceLinks(page.body, origin)])) {
      const reviewed = national.get(slug);
      if (reviewed === undefined) {
        warnings.push(gone(page.file, `/guidance/${slug}/`));
      } else if (reviewed > page.lastReviewed) {
        warnings.push(
          `${page.file}: /guidance/${slug}/ was reviewed on ${reviewed}, after this page's lastReviewed (${page.lastReviewed}). Re-check the page against it, then update lastReviewed.`,
        );
      }
    }
    warnings.push(...missing(page.file, page.body));
  }
  notes.forEach((note, index) => {
    const where = `${settingsFile} localNotes.${index}`;
    const written = [...(note.text ?? []), note.link ?? ''].join('\n');
    for (const slug of new Set([note.page, ...guidanceLinks(written, origin)])) {
      const reviewed = national.get(slug);
      // The note's own page is checked when the settings are read: a note on a missing page stops the build.
      if (reviewed === undefined) {
        if (slug !== note.page) warnings.push(gone(where, `/guidance/${slug}/`));
      } else if (reviewed > note.reviewed) {
        warnings.push(`${where}: /guidance/${slug}/ was reviewed on ${reviewed}, after the note's reviewed date (${note.reviewed}). Re-check the note, then update reviewed.`);
      }
    }
    warnings.push(...missing(where, written));
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

/** The ids of a content folder's files of one kind (content/checklists/*.json → checklist ids). */
function fileIds(dir: string, extension: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(extension))
        .map((name) => name.slice(0, -extension.length))
    : [];
}

/** The addresses of the national pages made from content, other than guidance. */
function nationalPathsIn(contentDir: string): Set<string> {
  const tools = JSON.parse(readFileSync(join(contentDir, 'tools.json'), 'utf8')) as { href: string }[];
  return new Set([
    ...fileIds(join(contentDir, 'checklists'), '.json').map((id) => `/checklists/${id}/`),
    ...fileIds(join(contentDir, 'case-studies'), '.yaml').map((id) => `/case-studies/${id}/`),
    ...fileIds(join(contentDir, 'session-plans'), '.yaml').map((id) => `/training/${id}/`),
    ...tools.map((tool) => tool.href),
  ]);
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
    nationalPaths: nationalPathsIn(contentDir),
    origin: edition.origin,
    localPages,
    notes: edition.localNotes.map((n) => ({ page: n.page, reviewed: n.reviewed, text: n.text, link: n.link?.href })),
    settingsFile: shownPath(join(edition.dir, settingsFileName)),
  };
}
