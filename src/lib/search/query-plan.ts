/**
 * Reading what a person typed as the ideas to look for. Glossary terms and their acronyms
 * become one idea with every name as an alternative ("LAC" also searches "looked-after
 * child"); everyday words bring in the guidance's words (content/search-terms.yaml: "kicked
 * out" also searches "suspension" and "exclusion"); stop words go; mistyped words get the
 * nearest word the site uses, when a spelling list is given. It also says whether the query
 * asks what a term means, and which of the kit's tools it names.
 */
import type { GlossaryTerm, PageKind, SearchPlanData, Synonym, Task } from './index-types.ts';
import { correctWord, isKnown } from './spelling.ts';
import { childWords, engineStem, pluralOf, sameWord, sameWordInitials, simpleStems, splitWords, stopWords, tokenize, verbForms } from './words.ts';

/**
 * The longest query read, in characters. Longer text (a pasted case note) is cut here and the
 * page says so: planning is linear in the query's length, but each idea is a search of its own.
 */
export const maxQueryLength = 200;
/** The most ideas searched for from one query. */
export const maxConcepts = 12;

/** One idea in a query, with the searches that can stand for it (any of them will do). */
export interface QueryConcept {
  /** What the reader typed for it (corrected where it was mistyped). */
  label: string;
  /**
   * Pagefind searches, each a word or a phrase. A phrase or a short acronym is in double
   * quotes: Pagefind then matches it exactly, where "PA" alone would match every word
   * starting "pa" and "lead practitioner" any page with both words anywhere.
   */
  searches: string[];
  /** The spelling it was corrected from, when it was. */
  correctedFrom?: string;
  /** Glossary terms (ids) the idea names, directly or through an everyday word. */
  termIds?: string[];
  /**
   * True when the idea was typed in everyday words: its searches other than the words typed
   * are the guidance's words for it, which count for a little less than what was typed.
   */
  everyday?: boolean;
}

export interface QueryPlan {
  concepts: QueryConcept[];
  /** The glossary term the query asks the meaning of ("what is a PEP"), if it does. */
  definitionOf?: string | undefined;
  /**
   * The second term, when the query asks how two differ ("difference between CIN and CP",
   * "suspended vs expelled"): both entries answer it, `definitionOf` first.
   */
  comparedWith?: string | undefined;
  /** The tool or page the query names or describes the use of ("work out attendance percentage"). */
  task?: Task | undefined;
  /** The part of the site whose kind of page the query asks for ("/checklists/" for "a checklist for monitoring"). */
  pageKind?: string | undefined;
  /** True when the query was longer than maxQueryLength and was cut. */
  truncated: boolean;
}

interface NameGroup {
  names: string[];
  /** The names that, typed, stand for the group. */
  tokens: (readonly string[])[];
  termIds: string[];
  everyday: boolean;
}

/**
 * The most names searched for one term. Each name is a search, and each of its words fetches
 * the part of the index that holds it: the term, its abbreviation and its first aliases cover
 * how the guidance writes it.
 */
const maxNames = 4;

/**
 * A term's name without the qualifier in brackets at its end: "Inclusion Support Service
 * (Hampshire)" is typed, and written in the guidance, as "Inclusion Support Service". The
 * qualifier tells the glossary's reader where the term comes from; it is not part of the name.
 */
export function plainName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '') || name;
}

function termNames(term: GlossaryTerm, withAliases = true): string[] {
  return [plainName(term.term), ...(term.abbreviation ? [term.abbreviation] : []), ...(withAliases ? term.aliases : [])].slice(0, maxNames);
}

const nameWordsRead = new Map<string, readonly string[]>();
/** A name's words (tokenize), split once: every query is read against every name. */
function nameWords(name: string): readonly string[] {
  let words = nameWordsRead.get(name);
  if (!words) {
    words = tokenize(name);
    nameWordsRead.set(name, words);
  }
  return words;
}

/** The name groups of a plan's terms and everyday words, made once for each pair of lists. */
const groupsMade = new WeakMap<readonly GlossaryTerm[], WeakMap<readonly Synonym[], NameGroup[]>>();
function groupsOf(terms: readonly GlossaryTerm[], synonyms: readonly Synonym[]): NameGroup[] {
  let bySynonyms = groupsMade.get(terms);
  if (!bySynonyms) groupsMade.set(terms, (bySynonyms = new WeakMap()));
  let groups = bySynonyms.get(synonyms);
  if (!groups) bySynonyms.set(synonyms, (groups = nameGroups(terms, synonyms)));
  return groups;
}

/** How many first letters an alias shares with a word of a term's name to be a form of it. */
const sharedFormLetters = 5;

/**
 * The names of a term an everyday word brings in: its name and abbreviation, and the one-word
 * aliases that are other forms of its name ("suspended" for "Suspension", "excluded" for
 * "Exclusion"), which the guidance writes as often and Pagefind stems differently. Its other
 * aliases are other people's names for it, as the everyday words themselves are.
 */
export function meantNames(term: GlossaryTerm): string[] {
  const words = tokenize(plainName(term.term)).filter((w) => w.length >= sharedFormLetters);
  const forms = term.aliases.filter((a) => !/[\s-]/.test(a) && words.some((w) => a.toLowerCase().startsWith(w.slice(0, sharedFormLetters))));
  return [...termNames(term, false), ...forms].slice(0, maxNames);
}

function nameGroups(terms: readonly GlossaryTerm[], synonyms: readonly Synonym[]): NameGroup[] {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const groups = terms.map((term) => {
    // Every name, typed, stands for the term; the first few are searched.
    const typedNames = [plainName(term.term), ...(term.abbreviation ? [term.abbreviation] : []), ...term.aliases];
    return { names: termNames(term), tokens: typedNames.map(nameWords), termIds: [term.id], everyday: false };
  });
  // An everyday word brings in the guidance's words, but not the other way round.
  for (const synonym of synonyms) {
    const meant = synonym.glossary.flatMap((id) => {
      const term = byId.get(id);
      return term ? meantNames(term) : [];
    });
    // Searched: what was typed, and the guidance's words for it; not the other everyday words,
    // which the guidance seldom uses and which would each be a search of their own.
    groups.push({
      names: [...synonym.means, ...meant],
      tokens: synonym.words.map(nameWords),
      termIds: synonym.glossary,
      everyday: true,
    });
  }
  return groups;
}

/**
 * Whether an everyday phrase, searched as typed, would find another term instead: Pagefind
 * searches stems, so "looks after" (caring for someone) matches every "looked-after child".
 * True when the phrase's stems run inside a name of a glossary term the phrase does not mean,
 * though the words typed differ from that name's. Such a phrase is searched only through the
 * guidance's words for it (the young carer's, for "looks after").
 */
export function readAsOtherTerm(phrase: readonly string[], meant: readonly string[], terms: readonly GlossaryTerm[]): boolean {
  if (phrase.length < 2) return false;
  const stems = phrase.map(engineStem);
  return terms.some(
    (term) =>
      !meant.includes(term.id) &&
      [term.term, ...(term.abbreviation ? [term.abbreviation] : []), ...term.aliases].some((name) => {
        const words = nameWords(name);
        for (let at = 0; at + phrase.length <= words.length; at++) {
          const run = words.slice(at, at + phrase.length);
          if (run.every((w, i) => engineStem(w) === stems[i]) && run.some((w, i) => w !== phrase[i])) return true;
        }
        return false;
      }),
  );
}

/**
 * The most words a name may be read across: "sent him home" is "sent home", "parents are
 * splitting up" is "parents splitting up", but words far apart are not one name.
 */
const maxSkippedWords = 2;

const articles = new Set(['a', 'an', 'the']);

/** Where a name was read in a query: from token `at`, over `length` tokens. */
interface Occurrence {
  at: number;
  length: number;
  /** The query's tokens read as the name's words. */
  words: string[];
  /** Every word typed as the name has it, none left out. */
  exact: boolean;
}

/**
 * Words that join two things, not one: a name is never read across them ("the school or his
 * social worker" names no school social worker).
 */
const alternatives = new Set(['or', 'and', 'nor']);

/**
 * Where a name's words occur in the query's tokens, allowing other endings of the same word
 * (sameWord), or only plurals when `strict` (a task's words, where "teacher" must not name the
 * training that "teach" does). Words in `skippable` (stop words, and the words on most pages)
 * may come between the name's words: "kicked him out" reads as "kicked out", "termly attendance
 * targets" as "termly targets". A name with two or more words that are not stop words may be
 * typed without its stop words ("letter from council" for "letter from the council"); one that
 * is mostly stop words ("in care", "wont go") may not, as without them it means something else.
 */
function occurrences(tokens: readonly string[], name: readonly string[], skippable: ReadonlySet<string>, strict = false): Occurrence[] {
  const found: Occurrence[] = [];
  const same = strict ? pluralOf : sameWord;
  let droppable: boolean | undefined;
  // An article may be left out of any name that keeps two words: "in for mornings" is "for the
  // mornings"; but "a fine" is never "fine".
  const articleDroppable = name.length >= 3;
  for (let at = 0; at < tokens.length; at++) {
    const words: string[] = [];
    let exact = true;
    let pos = at;
    let skipped = 0;
    let k = 0;
    while (k < name.length) {
      const token = tokens[pos];
      if (token !== undefined && same(token, name[k]!)) {
        words.push(token);
        exact &&= token === name[k];
        k++;
        pos++;
      } else if (
        (stopWords.has(name[k]!) && (droppable ??= name.filter((w) => !stopWords.has(w)).length >= 2) && !tokens.slice(pos, pos + maxSkippedWords + 1).includes(name[k]!)) ||
        (articleDroppable && articles.has(name[k]!))
      ) {
        // Left out only when not typed just ahead: "taking the children out of school" keeps its "out".
        exact = false;
        k++;
      } else if (token !== undefined && words.length > 0 && skippable.has(token) && !alternatives.has(token) && skipped < maxSkippedWords) {
        skipped++;
        pos++;
      } else break;
    }
    // The first word read is the one at `at`: a query word is read across only after it.
    if (k === name.length && words.length > 0) found.push({ at, length: pos - at, words, exact });
  }
  return found;
}

/** A name a group may be read by, and its place among all the groups' names. */
interface GroupName {
  group: NameGroup;
  name: readonly string[];
  order: number;
}

/**
 * Every group's names in order, and filed by the first letter of the first word each must have
 * typed (not a stop word, which may be left out, nor a single letter): a query's reading looks
 * only at those filed under its words' first letters, as mayRead would pass no other.
 */
interface NameFile {
  all: GroupName[];
  byInitial: Map<string, GroupName[]>;
  /** Names with no such word, which any query may read. */
  anyQuery: GroupName[];
}
const namesFiled = new WeakMap<NameGroup[], NameFile>();

function fileNames(groups: NameGroup[]): NameFile {
  let file = namesFiled.get(groups);
  if (file) return file;
  file = { all: [], byInitial: new Map(), anyQuery: [] };
  for (const group of groups) {
    for (const name of group.tokens) {
      const entry = { group, name, order: file.all.length };
      file.all.push(entry);
      const first = name.find((w) => w.length >= 2 && !stopWords.has(w));
      if (!first) file.anyQuery.push(entry);
      else {
        const filed = file.byInitial.get(first[0]!);
        if (filed) filed.push(entry);
        else file.byInitial.set(first[0]!, [entry]);
      }
    }
  }
  namesFiled.set(groups, file);
  return file;
}

/** The names a query with words starting with `initials` may read, in the groups' order (which breaks ties between readings). */
function namesToRead(groups: NameGroup[], initials: ReadonlySet<string> | undefined): GroupName[] {
  const file = fileNames(groups);
  if (!initials) return file.all;
  const names = [...file.anyQuery];
  for (const letter of initials) names.push(...(file.byInitial.get(letter) ?? []));
  return names.sort((a, b) => a.order - b.order);
}

/**
 * Whether a name may be read in a query at all: each of its words but a stop word (which may be
 * left out) must be one of the query's, which it cannot be unless it starts as one of them does
 * (sameWordInitials). Reading a query passes over most of the thousands of names here.
 */
function mayRead(name: readonly string[], initials: ReadonlySet<string> | undefined): boolean {
  return !initials || name.every((w) => w.length < 2 || stopWords.has(w) || initials.has(w[0]!));
}

/** Where a name was read in the query's words. */
interface Span {
  at: number;
  length: number;
}

/** Ways of asking what someone should do: "who is supposed to sort it" asks about a duty, not who someone is. */
const dutyFramings = [
  ['supposed', 'to'],
  ['meant', 'to'],
];

/**
 * Ways of asking that name no idea: "tell me why she won't go" asks why, it does not say that
 * someone told or did not tell (the everyday words for unreported absence: "tells me"); "what am
 * I meant to do" asks about a duty, and is not "mean to" (bullying); "PEP in simple terms" asks
 * for a plain answer, not for pages with "simple" and "terms".
 */
const framings = [
  ['tell', 'me', 'why'],
  ['tell', 'me', 'what'],
  ['tell', 'me', 'how'],
  ['tell', 'me', 'about'],
  ['tell', 'me', 'if'],
  ['tell', 'me', 'whether'],
  ['tell', 'us', 'why'],
  ...dutyFramings,
  ['in', 'simple', 'terms'],
  ['in', 'plain', 'english'],
  ['in', 'plain', 'language'],
  ['in', 'layman', 'terms'],
  ['in', 'laymans', 'terms'],
  ['in', 'a', 'nutshell'],
];

/**
 * Marks the words of each question framing in `words` as read, so no name is read across them
 * and none is searched. Matched on what was typed as well as on the spelling's corrections:
 * "supposed", a word the site never uses, would otherwise be corrected to "supported".
 */
function markFramings(words: readonly string[], used: boolean[]): void {
  for (let at = 0; at < words.length; at++) {
    for (const framing of framings) if (framing.every((w, i) => words[at + i] === w)) used.fill(true, at, at + framing.length);
  }
}

/** Opening words and phrases that ask what something is or means. */
// "What counts as persistent absence" asks where the term's line is drawn: its definition.
const definitionOpenings = [
  ['what', 'is'],
  ['what', 'are'],
  ['whats'],
  ['who', 'is'],
  ['who', 'are'],
  ['define'],
  ['definition'],
  ['meaning'],
  ['what', 'counts'],
  ['what', 'qualifies'],
];
const definitionWords = new Set(['mean', 'means', 'meant', 'meaning', 'stand', 'stands', 'definition', 'define', 'defined', 'explain', 'explained', 'acronym', 'abbreviation']);

function asksDuty(tokens: readonly string[]): boolean {
  return tokens.some((_, at) => dutyFramings.some((framing) => framing.every((w, i) => tokens[at + i] === w)));
}

function asksForMeaning(tokens: readonly string[]): boolean {
  return definitionOpenings.some((opening) => opening.every((w, i) => tokens[i] === w)) || tokens.some((t) => definitionWords.has(t));
}

/**
 * The task whose words the query uses: a page about putting the tools somewhere (hostsTools)
 * before one that names a tool, then the longest phrase, then the most phrases, then a page
 * within another's part of the site ("sharepoint intranet": the SharePoint page before the
 * guide for councils, which it is part of). A phrase
 * inside a longer name read from the query does not count: "supervision" in "education
 * supervision order" names no supervision tool.
 */
export function namedTask(tokens: readonly string[], tasks: readonly Task[], names: readonly Span[] = [], skippable: ReadonlySet<string> = stopWords): Task | undefined {
  let best: { task: Task; hosts: boolean; longest: number; count: number } | undefined;
  const initials = sameWordInitials(tokens);
  for (const task of tasks) {
    let longest = 0;
    let count = 0;
    for (const phrase of task.words) {
      const inside = (at: number, length: number) => names.some((n) => n.length > length && at >= n.at && at + length <= n.at + n.length);
      const words = nameWords(phrase);
      if (!mayRead(words, initials)) continue;
      const read = occurrences(tokens, words, skippable, true).filter(({ at, length }) => !inside(at, length));
      if (read.length === 0) continue;
      longest = Math.max(longest, ...read.map((o) => o.words.length));
      count++;
    }
    if (count === 0) continue;
    const hosts = task.hostsTools === true;
    const better =
      !best ||
      (hosts !== best.hosts
        ? hosts
        : longest !== best.longest
          ? longest > best.longest
          : count !== best.count
            ? count > best.count
            : task.page !== best.task.page && task.page.startsWith(best.task.page));
    if (better) best = { task, hosts, longest, count };
  }
  return best?.task;
}

/**
 * The kind of page whose words the query uses ("checklist", "case study"), by the longest
 * phrase, when it asks for something more: "case studies" alone wants the page that lists them.
 */
function askedKind(tokens: readonly string[], kinds: readonly PageKind[], skippable: ReadonlySet<string>): string | undefined {
  let best: { path: string; longest: number; at: number; length: number } | undefined;
  for (const { path, words } of kinds) {
    for (const phrase of words) {
      const name = nameWords(phrase);
      if (best && name.length <= best.longest) continue;
      const [found] = occurrences(tokens, name, skippable, true);
      if (found) best = { path, longest: name.length, at: found.at, length: found.length };
    }
  }
  if (!best) return undefined;
  const { at, length } = best;
  return tokens.some((t, i) => (i < at || i >= at + length) && t.length > 1 && !skippable.has(t)) ? best.path : undefined;
}

const oneWordNamesRead = new WeakMap<readonly GlossaryTerm[], ReadonlySet<string>>();

/** The glossary's names of one word (abbreviations such as "SA", and one-word names and aliases), as typed words. */
function oneWordNames(terms: readonly GlossaryTerm[]): ReadonlySet<string> {
  let names = oneWordNamesRead.get(terms);
  if (!names) {
    const words = terms.flatMap((t) => [plainName(t.term), ...(t.abbreviation ? [t.abbreviation] : []), ...t.aliases].map(nameWords));
    names = new Set(words.filter((w) => w.length === 1).map((w) => w[0]!));
    oneWordNamesRead.set(terms, names);
  }
  return names;
}

const readWords = new WeakMap<object, ReadonlySet<string>>();

/**
 * The words the plan itself reads (glossary names, everyday words, task words), with their
 * simple stems and irregular verb forms. A word typed that the site's text never uses but the
 * plan reads ("fight", read as "fighting" in the everyday word for bullying) is a word, not a
 * typo: corrected to the nearest word on the site ("might"), it would lose its meaning.
 */
export function planWords(index: Pick<SearchPlanData, 'terms' | 'synonyms' | 'tasks'>): ReadonlySet<string> {
  let words = readWords.get(index);
  if (!words) {
    const names = [
      ...index.terms.flatMap((t) => [t.term, ...(t.abbreviation ? [t.abbreviation] : []), ...t.aliases]),
      ...index.synonyms.flatMap((s) => s.words),
      ...index.tasks.flatMap((t) => t.words),
    ];
    const typed = names.flatMap((name) => tokenize(name));
    words = new Set(typed.flatMap((w) => [w, ...simpleStems(w), ...verbForms(w)]));
    readWords.set(index, words);
  }
  return words;
}

/**
 * Turns what a person typed into the ideas to look for, and what it asks: see the top of this
 * file. `spelling` is the site's words, most frequent first, when they have been loaded.
 */
export function planQuery(
  query: string,
  index: Pick<SearchPlanData, 'terms' | 'synonyms' | 'tasks'> & Partial<Pick<SearchPlanData, 'everywhere' | 'pageKinds'>>,
  spelling: readonly string[] = [],
): QueryPlan {
  const truncated = query.length > maxQueryLength;
  const parts = splitWords(truncated ? query.slice(0, maxQueryLength) : query);
  // A last word that only begins a stop word ("shoul", "abo") is a word still being typed:
  // searched, it would fetch index for nothing. One that is a glossary term's whole name is
  // complete: "what is SA" asks about severe absence, not about something "sa(id)".
  const last = parts.at(-1)?.word;
  if (last && !stopWords.has(last) && !oneWordNames(index.terms).has(last) && [...stopWords].some((w) => w.startsWith(last))) parts.pop();
  const typed = parts.map((p) => p.word);
  // Spelling first, so "reduced timtable" is read as the glossary's "reduced timetable".
  const known = spelling.length > 0 ? new Set([...spelling, ...planWords(index)]) : new Set<string>();
  const corrections = typed.map((t) => (spelling.length > 0 && !stopWords.has(t) ? correctWord(t, spelling, known) : undefined));
  const tokens = typed.map((t, i) => corrections[i] ?? t);
  const used = new Array<boolean>(tokens.length).fill(false);
  markFramings(typed, used);
  markFramings(tokens, used);
  const found: { at: number; concept: QueryConcept; group?: NameGroup }[] = [];
  const spans: Span[] = [];
  const everywhere = new Set(index.everywhere);
  const skippable = new Set([...stopWords, ...everywhere, ...childWords]);

  const candidates: (Occurrence & { group: NameGroup })[] = [];
  const initials = sameWordInitials(tokens);
  for (const { group, name } of namesToRead(groupsOf(index.terms, index.synonyms), initials)) {
    if (mayRead(name, initials)) for (const occurrence of occurrences(tokens, name, skippable)) candidates.push({ ...occurrence, group });
  }
  // Longest names first, counted in the words read ("looked after children" wins over "looking
  // after", "virtual school head" over "virtual school"), then the tightest, then one typed exactly ("kids" is "kids", not "kid").
  candidates.sort((a, b) => b.words.length - a.words.length || a.length - b.length || Number(b.exact) - Number(a.exact) || a.at - b.at);
  for (const { at, length, words, group } of candidates) {
    // A lone stop word ("as", "is") is never read as an acronym.
    if (length === 1 && stopWords.has(tokens[at]!)) continue;
    if (used.slice(at, at + length).some(Boolean)) continue;
    used.fill(true, at, at + length);
    spans.push({ at, length });
    // "EWO or attendance officer": two names for one idea make one concept.
    if (found.some((f) => f.group === group)) continue;
    // What was typed for the name, without the words read across: "sent him home" is "sent home".
    const label = words.join(' ');
    const asTyped = group.names.some((n) => nameWords(n).join(' ') === label) || (group.everyday && readAsOtherTerm(words, group.termIds, index.terms)) ? [] : [label];
    const concept: QueryConcept = { label, searches: unique([...asTyped, ...group.names].map(searchForm)), termIds: group.termIds };
    if (group.everyday) concept.everyday = true;
    if (corrections.slice(at, at + length).some(Boolean)) concept.correctedFrom = typed.slice(at, at + length).join(' ');
    found.push({ at, group, concept });
  }

  for (let at = 0; at < tokens.length; at++) {
    if (used[at]) continue;
    // Hyphenated words stay whole: "part" alone would match "partnership".
    let end = at + 1;
    while (end < tokens.length && !used[end] && parts[end]!.hyphened) end++;
    if (end - at > 1) {
      const label = tokens.slice(at, end).join('-');
      found.push({ at, concept: { label, searches: [searchForm(label)] } });
      at = end - 1;
      continue;
    }
    const token = typed[at]!;
    if (token.length < 2 || stopWords.has(token)) continue;
    const correction = corrections[at];
    // With the spelling list loaded, a word the site never uses is searched exactly: loosely,
    // Pagefind may match a stray word that merely starts the same.
    const unknown = spelling.length > 0 && !correction && !/\d/.test(token) && !isKnown(token, known);
    const concept: QueryConcept = correction
      ? { label: correction, searches: [searchForm(correction), `"${token}"`], correctedFrom: token }
      : { label: token, searches: [unknown ? `"${token}"` : searchForm(token)] };
    found.push({ at, concept });
  }

  const seen = new Set<string>();
  const concepts = found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.concept)
    .filter((c) => !seen.has(c.label) && seen.add(c.label))
    .slice(0, maxConcepts);
  const compared = comparedTerms(typed, concepts, everywhere, index.terms);
  const asked = compared ? { definitionOf: compared[0], comparedWith: compared[1] } : { definitionOf: definitionOf(typed, concepts, everywhere, index.terms) };
  const kind = askedKind(tokens, index.pageKinds ?? [], skippable);
  return { concepts, ...asked, task: namedTask(tokens, index.tasks, spans, skippable), ...(kind ? { pageKind: kind } : {}), truncated };
}

/**
 * The glossary term a query asks about: a "what is ..." question (or one naming nothing but
 * the term, as "DSL" does) whose ideas are the term and at most one other word. Words found
 * on most pages (`everywhere`: "school", "attendance") are not other ideas.
 */
function definitionOf(typed: readonly string[], concepts: readonly QueryConcept[], everywhere: ReadonlySet<string>, terms: readonly GlossaryTerm[]): string | undefined {
  const named = concepts.filter((c) => (c.termIds?.length ?? 0) > 0);
  if (named.length === 0 || asksDuty(typed)) return undefined;
  // The words that ask for a meaning ("what does PEP stand for") are not other ideas.
  const others = concepts.filter((c) => c !== named[0] && !definitionWords.has(c.label) && !everywhere.has(c.label)).length;
  if (concepts.length === 1 || (asksForMeaning(typed) && others <= 1)) return termNamed(named[0]!, terms);
  return undefined;
}

/** Words that ask how two things differ, and are not ideas to search for. */
const comparisonWords = new Set(['difference', 'differences', 'different', 'differ', 'vs', 'versus', 'compare', 'compared', 'comparison', 'same', 'between']);

/**
 * The two glossary terms a query asks to tell apart: a question with a word of comparison
 * ("difference", "vs", "same as") that names two terms and at most two other ideas (a word of
 * comparison and two names say plainly what is asked: "mum asking whats the difference between
 * suspended and expelled").
 */
function comparedTerms(typed: readonly string[], concepts: readonly QueryConcept[], everywhere: ReadonlySet<string>, terms: readonly GlossaryTerm[]): [string, string] | undefined {
  if (!typed.some((t) => comparisonWords.has(t))) return undefined;
  const named = concepts.filter((c) => (c.termIds?.length ?? 0) > 0);
  if (named.length !== 2) return undefined;
  const others = concepts.filter((c) => !named.includes(c) && !comparisonWords.has(c.label) && !definitionWords.has(c.label) && !everywhere.has(c.label)).length;
  if (others > 2) return undefined;
  const [first, second] = named.map((c) => termNamed(c, terms));
  return first !== second ? [first!, second!] : undefined;
}

/**
 * Of the terms an idea was read as, the one whose own name was typed: everyday words may mean
 * several terms ("ESOs" is among the words for legal action), but "what are ESOs" asks about
 * education supervision orders. Otherwise the first, the term the words mean most.
 */
function termNamed(concept: QueryConcept, terms: readonly GlossaryTerm[]): string {
  const ids = concept.termIds!;
  const typed = nameWords(concept.label);
  const named = ids.find((id) => {
    const term = terms.find((t) => t.id === id);
    return (
      term !== undefined &&
      termNames(term).some((name) => {
        const words = nameWords(name);
        return words.length === typed.length && words.every((w, i) => sameWord(w, typed[i]!));
      })
    );
  });
  return named ?? ids[0]!;
}

/**
 * How to ask Pagefind for a name. Phrases, hyphenated words, acronyms and two-letter words go
 * in quotes, to match exactly; other words stay loose, so "ask" still finds "asked".
 */
export function searchForm(name: string): string {
  const plain = name.replace(/["\u201c\u201d]/g, '').trim();
  const acronym = /^[A-Z][A-Za-z0-9+]{1,4}$/.test(plain) && plain.slice(1).toLowerCase() !== plain.slice(1);
  return /[\s-]/.test(plain) || plain.length <= 2 || acronym ? `"${plain}"` : plain;
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    return !seen.has(key) && seen.add(key);
  });
}
