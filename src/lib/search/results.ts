/**
 * What the search page shows for each result: the direct answers a query's plan calls for
 * (the tool it names, the term it asks about), and each Pagefind result as the section of its
 * page that matched best.
 */
import type { SearchPlanData, SearchResult } from './index-types.ts';
import type { QueryPlan } from './query-plan.ts';
import { stem } from './engine/stem.ts';
import { tokenize } from './words.ts';

/** A section of a page as Pagefind returns it: its heading, address and matched words. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

/** What Pagefind returns for one result once its text has loaded. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** `edition` is "Local to <council>" on a council's own pages (src/council/components/LocalMark.astro). */
  meta: { title?: string; edition?: string };
  sub_results?: PagefindSubResult[];
}

/**
 * The weight the templates give a page's names: its title and search keywords
 * (data-pagefind-weight="10" in src/pages/guidance/[slug].astro and the glossary). They say what
 * the whole page is about, and the keywords, listed after the text, fall into its last section:
 * matched there, they do not say which section answers.
 */
export const pageNameWeight = 10;

/** How strongly a section's own text (headings and body, not the page's names) matched. */
function matchStrength(section: PagefindSubResult): number {
  const weighted = section.weighted_locations;
  if (!weighted) return section.locations?.length ?? 0;
  return weighted.filter((l) => l.weight < pageNameWeight).reduce((sum, l) => sum + l.balanced_score, 0);
}

/**
 * The headings of the boxes every page's template adds around its own text (Contents,
 * KeyFacts, NextSteps, KindOfGuidance, Citations and the related pages in src/components and
 * src/pages/guidance/[slug].astro). Pagefind makes each a section, and the page's search
 * keywords, listed after the text, fall into one: a result sent there lands on a box that
 * repeats or lists things, not on the part of the page that answers.
 */
export const templateSections = new Set(['contents-title', 'key-facts-title', 'next-steps-title', 'kind-of-guidance-title', 'sources-title', 'related-title']);

function isTemplateSection(url: string): boolean {
  const hash = url.indexOf('#');
  return hash >= 0 && templateSections.has(url.slice(hash + 1));
}

/**
 * What one idea of a query found on a page: how much the idea tells pages apart (ideaWeights in
 * ranking.ts), its words as the index stems them (engine/stem.ts), and the page's data from
 * each of the idea's searches that found it.
 */
export interface IdeaOnPage {
  weight: number;
  stems: readonly string[];
  found: readonly PagefindResultData[];
}

/**
 * How much more a section counts for an idea when its own heading names it: a section headed
 * "Talk to the school before a home visit" is about home visits, where the page's summary only
 * mentions them.
 */
export const headingBonus = 2;

/**
 * How much a match in a page's top (its summary, before the first heading) counts against one
 * in a section: the summary names each of the page's ideas in passing, so a question about
 * one of them is answered where the page takes it up ("she doesn't fit in": the section on
 * belonging, not the summary that lists belonging among other things).
 */
export const pageTopFactor = 0.75;

/**
 * A page result goes to the section of the page's own text that answers most of the question
 * (Pagefind splits a page at its headings with ids), with that section's excerpt; to the page
 * itself when that is its top, or when only the template's boxes matched.
 *
 * With the ideas of the query (`ideas`), each section scores, for each idea it matches, the
 * idea's weight squared (a rare idea counts far more than a common one, so the summary at a
 * page's top, which touches every idea lightly, does not win on common words) times how
 * strongly it matched there (logarithmic: repeating a word says less each time), plus the
 * heading bonus when the section's heading names the idea. Its excerpt is the one from the most
 * telling idea it matches. Without them, the section that matched `data`'s search most.
 */
export function pageResult(data: PagefindResultData, ideas: readonly IdeaOnPage[] = []): SearchResult {
  const title = data.meta.title ?? data.url;
  const mark = data.meta.edition ? { mark: data.meta.edition } : {};
  const best = ideas.length > 0 ? answeringSection(data.url, ideas) : strongestSection(data);
  if (!best || best.url === data.url) return { url: data.url, title, excerpt: best?.excerpt ?? data.excerpt, kind: 'page', ...mark };
  return { url: best.url, title, section: best.title, excerpt: best.excerpt, kind: 'page', ...mark };
}

/** The section of the page's own text that matched a search most. */
function strongestSection(data: PagefindResultData): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  for (const section of data.sub_results ?? []) {
    if (isTemplateSection(section.url) || matchStrength(section) === 0) continue;
    if (!best || matchStrength(section) > matchStrength(best)) best = section;
  }
  return best;
}

/** The section that answers most of the question's ideas (see pageResult); on a tie, the one found first. */
function answeringSection(pageUrl: string, ideas: readonly IdeaOnPage[]): PagefindSubResult | undefined {
  const sections = new Map<string, { score: number; excerptFrom: number; section: PagefindSubResult }>();
  for (const { weight, stems, found } of ideas) {
    if (weight <= 0) continue;
    // The idea's strongest match in each section, over its searches.
    const strongest = new Map<string, { strength: number; section: PagefindSubResult }>();
    for (const data of found) {
      for (const section of data.sub_results ?? []) {
        const strength = isTemplateSection(section.url) ? 0 : matchStrength(section);
        const kept = strongest.get(section.url);
        if (strength > 0 && (!kept || strength > kept.strength)) strongest.set(section.url, { strength, section });
      }
    }
    for (const [url, { strength, section }] of strongest) {
      const top = url === pageUrl;
      const headed = !top && tokenize(section.title).some((word) => stems.includes(stem(word)));
      const score = weight * weight * (Math.log(1 + strength) * (top ? pageTopFactor : 1) + (headed ? headingBonus : 0));
      const kept = sections.get(url);
      if (!kept) sections.set(url, { score, excerptFrom: weight, section });
      else {
        kept.score += score;
        if (weight > kept.excerptFrom) Object.assign(kept, { excerptFrom: weight, section });
      }
    }
  }
  let best: { score: number; section: PagefindSubResult } | undefined;
  for (const candidate of sections.values()) if (!best || candidate.score > best.score) best = candidate;
  return best?.section;
}

/**
 * The results a plan calls for before any search: the glossary term a "what is ..." question
 * asks about, or the two a "what is the difference" question compares (each definition follows
 * when its record's text arrives), then the tool or page it names.
 */
export function directAnswers(plan: QueryPlan, index: Pick<SearchPlanData, 'terms'>): SearchResult[] {
  const answers: SearchResult[] = [];
  for (const id of askedTerms(plan)) {
    const term = index.terms.find((t) => t.id === id);
    if (!term) continue;
    const title = term.abbreviation ? `${term.abbreviation}: ${term.term}` : term.term;
    answers.push({ url: `/glossary/#${term.id}`, title, excerpt: '', kind: 'term' });
  }
  if (plan.task) answers.push({ url: plan.task.page, title: plan.task.title, excerpt: plan.task.summary, kind: 'task' });
  return answers;
}

/** The glossary terms a query asks about: the one it asks the meaning of, and the one it compares it with. */
export function askedTerms(plan: Pick<QueryPlan, 'definitionOf' | 'comparedWith'>): string[] {
  return [plan.definitionOf, plan.comparedWith].filter((id): id is string => id !== undefined);
}

/** The path of a site URL, without its #section. */
export function pathOf(url: string): string {
  return url.replace(/#.*$/, '');
}
