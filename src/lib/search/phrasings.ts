/**
 * Search phrasings (content/search-phrasings.yaml): what people type when a page or one of its
 * sections is the answer, in their words rather than the page's ("school has cut his hours" for
 * a section on reduced timetables). They are indexed with the section they belong to, for search
 * only: the pages people read are not changed (scripts/build-search-index.mjs indexes a copy).
 * Matching them is document expansion: the section is found by words it never uses, as the
 * everyday-word map (search-terms.yaml) finds it by widening the question instead.
 */

export interface PhrasingEntry {
  /** A page of the site ("/guidance/x/"), or one of its sections ("/guidance/x/#anchor"). */
  url: string;
  asked: string[];
}

/** Phrasings by page path, then by section anchor ('' for the page as a whole). */
export type PhrasingsByPage = Map<string, Map<string, string[]>>;

/** How much a phrasing's words weigh against body text (1): tuned on the tuning question sets. */
export const phrasingWeight = 1;

const maxWords = 16;

/** Checks the file's entries and groups them by page; throws one message listing every problem. */
export function readPhrasings(entries: unknown): PhrasingsByPage {
  if (!Array.isArray(entries)) throw new Error('content/search-phrasings.yaml: expected a list of { url, asked } entries');
  const problems: string[] = [];
  const byPage: PhrasingsByPage = new Map();
  entries.forEach((entry: unknown, i) => {
    const where = `entry ${i + 1}`;
    const { url, asked } = (entry ?? {}) as Partial<PhrasingEntry>;
    if (typeof url !== 'string' || !/^\/[^#\s]*\/(#[A-Za-z0-9_-]+)?$/.test(url)) {
      problems.push(`${where}: url must be a site path ending in / with an optional #anchor (got ${JSON.stringify(url)})`);
      return;
    }
    if (!Array.isArray(asked) || asked.length === 0 || !asked.every((a) => typeof a === 'string' && a.trim() !== '')) {
      problems.push(`${url}: asked must be a list of phrasings`);
      return;
    }
    const long = asked.filter((a) => a.trim().split(/\s+/).length > maxWords);
    if (long.length > 0) problems.push(`${url}: phrasings are what people type, at most ${maxWords} words (${long.map((a) => JSON.stringify(a)).join(', ')})`);
    const [page, anchor = ''] = url.split('#') as [string, string?];
    const sections = byPage.get(page) ?? new Map<string, string[]>();
    if (sections.has(anchor)) problems.push(`${url}: listed twice`);
    sections.set(
      anchor,
      asked.map((a) => a.trim()),
    );
    byPage.set(page, sections);
  });
  if (problems.length > 0) throw new Error(`content/search-phrasings.yaml:\n  ${problems.join('\n  ')}`);
  return byPage;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The ids of the empty elements around a section's phrasings in the indexed copy. Pagefind notes
 * where each stands (a record's anchors), so that no excerpt shows the phrasings
 * (engine/excerpts.ts): they are not on the page the result opens.
 */
export const phrasingsStartId = 'search-phrasings';
export const phrasingsEndId = 'search-phrasings-end';

/** The hidden paragraph that carries a section's phrasings into the index, between its markers. */
export function phrasingParagraph(asked: readonly string[]): string {
  const text = asked.map(escapeText).join('. ');
  return `<span id="${phrasingsStartId}"></span><p hidden data-pagefind-weight="${phrasingWeight}">${text}.</p><span id="${phrasingsEndId}"></span>`;
}

/**
 * A built page's HTML with each section's phrasings after its heading (the page's own after the
 * <h1>), where Pagefind counts them as that section's text. A section that is not there must
 * not leave its phrasings on the section before it: it throws, or, given `missing`, is left out
 * and its anchor named to it (a council edition's local name in a heading changes its id).
 */
export function withPhrasings(html: string, page: string, sections: ReadonlyMap<string, readonly string[]>, missing?: (anchor: string) => void): string {
  let out = html;
  for (const [anchor, asked] of sections) {
    const open = anchor === '' ? /<h1[\s>]/.exec(out) : new RegExp(`<h([1-6])[^>]*\\sid="${anchor}"[^>]*>`).exec(out);
    if (!open) {
      if (!missing) throw new Error(`content/search-phrasings.yaml: ${page}${anchor ? `#${anchor}` : ''} has no ${anchor ? 'heading with that id' : '<h1>'} on the built page`);
      missing(anchor);
      continue;
    }
    const level = anchor === '' ? '1' : open[1]!;
    const close = out.indexOf(`</h${level}>`, open.index);
    if (close < 0) throw new Error(`${page}: the heading at ${anchor || '<h1>'} is not closed`);
    const at = close + `</h${level}>`.length;
    out = out.slice(0, at) + phrasingParagraph(asked) + out.slice(at);
  }
  return out;
}

/**
 * The phrasings missing from the indexed records ("url: phrasing"): those of a section that
 * Pagefind leaves out (data-pagefind-ignore), which would be indexed nowhere. A page with no
 * record is one this build does not index, and has none to miss.
 */
export function unindexedPhrasings(records: readonly { url: string; content: string }[], phrasings: PhrasingsByPage): string[] {
  const content = new Map(records.map((r) => [r.url, r.content]));
  const missing: string[] = [];
  for (const [page, sections] of phrasings) {
    for (const [anchor, asked] of sections) {
      const record = page === '/glossary/' && anchor !== '' ? `/glossary/#${anchor}` : page;
      const text = content.get(record);
      if (text === undefined) continue;
      for (const a of asked) if (!text.includes(a)) missing.push(`${page}${anchor ? `#${anchor}` : ''}: ${a}`);
    }
  }
  return missing;
}
