/**
 * Words of a query: splitting, stop words, simple stems and plurals. Pure functions shared by
 * query planning, spelling and quick matches.
 */
/**
 * Words that carry no meaning on their own in a question. Pagefind needs every word of a
 * query on a page, so "what should I ask the school about lateness" finds nothing unless
 * these go. Kept short on purpose: a word that might name a topic stays. "Fine" alone is how
 * people say a child is all right ("fine at weekends"); the penalty is typed "fined", "fines"
 * or "a fine" (content/search-terms.yaml), which still read as one.
 */
export const stopWords = new Set(
  `a about after all also am an and any are as at be because been being but by can cant could did didnt do does doesnt
  dont for from get gets getting got had has have having he her him his how i if im in into is isnt it its ive just me
  might my no not of on or our out over she should shouldnt so some still than that thats the their them then there
  these they this those to too up us very was wasnt we were what whats when where which while who whom whose why will
  with wont would you your youre many much more most other others really someone something anyone anything way ways
  need needs want wants please since never always ever keeps keep kept lot lots loads often sometimes usually already
  yet now says said say saying think thinks thought here like go goes going went come comes came
  only rather enough quite even maybe perhaps probably moment basically literally totally anymore
  happen happens happened happening fine exactly re`.split(/\s+/),
);

/**
 * Words for the child a question is about. Like a pronoun, one may come between the words of
 * a name: "kicked my son out" is "kicked out", "taking the children out of school" is "taking
 * out of school".
 */
export const childWords = new Set(
  'child children kid kids son sons daughter daughters boy boys girl girls pupil pupils student students teenager teen young person people'.split(' '),
);

export interface Word {
  word: string;
  /** Joined to the word before by a hyphen, as in "part-time". */
  hyphened: boolean;
}

/** A query's words, lower case, each marked if a hyphen joins it to the one before (see tokenize). */
export function splitWords(query: string): Word[] {
  const words: Word[] = [];
  const text = query
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    // "I'll", "we've", "they're": pronoun contractions carry nothing to search for.
    .replace(/\b[a-z]+'(ll|ve|re|d|m)\b/g, ' ')
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    // "87%" is a percentage, as "87 percent" is: the sign is how most people type the word.
    .replace(/(\d)\s*%/g, '$1 percent ');
  for (const chunk of text.split(/[^a-z0-9+-]+/)) {
    chunk
      .split('-')
      .filter(Boolean)
      .forEach((word, i) => words.push({ word, hyphened: i > 0 }));
  }
  return words;
}

/**
 * Splits a query into lower-case words: apostrophes and a possessive "'s" go ("child's" →
 * "child", "doesn't" → "doesnt"), and hyphens split ("part-time" → "part", "time").
 */
export function tokenize(query: string): string[] {
  return splitWords(query).map((w) => w.word);
}

/**
 * The words that carry meaning in a whole-sentence question ("what should I ask the school
 * about lateness?" → ["ask", "school", "lateness"]).
 */
export function meaningfulWords(query: string): string[] {
  return [...new Set(tokenize(query).filter((w) => w.length > 1 && !stopWords.has(w)))];
}

/**
 * A word's simple stems, for deciding whether a word is known: plurals and common endings
 * ("absences" → "absence", "truanting" → "truant", "studies" → "study").
 */
export function simpleStems(word: string): string[] {
  const stems = new Set<string>();
  const add = (s: string) => {
    if (s.length >= 3 && s !== word) stems.add(s);
  };
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  // "worried", "bullied" → "worry", "bully"
  if (word.endsWith('ied')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  for (const ending of ['ing', 'ed', 'er', 'ers', 'ly']) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    add(base);
    // "excluding" → "exclude", "leaving" → "leave"; but not "looking" → "looke", which would make
    // "looking after" (caring) the same words as "looked after" (in care).
    if (!/(oo|ee)[^aeiou]$/.test(base)) add(`${base}e`);
    // "stopped" → "stop"
    if (base.length > 2 && base.at(-1) === base.at(-2)) add(base.slice(0, -1));
  }
  return [...stems];
}

/** Equal, or one the plural of the other ("plan"/"plans", "child"/"children"). */
export function pluralOf(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long === `${short}s` || long === `${short}es` || long === `${short}ren` || (short.endsWith('y') && long === `${short.slice(0, -1)}ies`);
}

/**
 * Below this length a shared stem says too little: "care" is both "caring" and "career",
 * while "exclud(e)" is only ever the one word.
 */
const shortestSharedStem = 5;

const stemCache = new Map<string, Set<string>>();
function stemsWithSelf(word: string): Set<string> {
  let stems = stemCache.get(word);
  if (!stems) {
    stems = new Set([word, ...simpleStems(word)].filter((s) => s.length >= shortestSharedStem));
    stemCache.set(word, stems);
  }
  return stems;
}

/**
 * Whether one word is a short word with a regular ending that drops no letter: "call" and
 * "called" or "calling", "kick" and "kicked", "stop" and "stopped". Short stems are not shared
 * otherwise (below), but a word read whole inside the other's ending is the same word; one
 * whose "e" drops is not, as "care" would then be "caring".
 */
export function regularEnding(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 3 || /[^a-z]/.test(short) || /e$/.test(short)) return false;
  const doubled = short + short.at(-1)!;
  return ['ed', 'ing'].some((ending) => long === short + ending || long === doubled + ending);
}

/**
 * Forms of verbs that change more than their ending, which people use in describing what
 * happened ("they took him out of school", "she lost interest", "he fell out with his
 * friends"). Verbs that are stop words (go, get, keep, say, think, come) are not here, nor
 * "send", which is also SEND: "sent" would read as special educational needs.
 */
const irregularVerbs = [
  'tell tells telling told',
  'feel feels feeling felt',
  'leave leaves leaving left',
  'fall falls falling fell fallen',
  'take takes taking took taken',
  'make makes making made',
  'give gives giving gave given',
  'bring brings bringing brought',
  'lose loses losing lost',
  'hide hides hiding hid hidden',
  'run runs running ran',
  'fight fights fighting fought',
  'catch catches catching caught',
  'sleep sleeps sleeping slept',
  'beat beats beating beaten',
  'throw throws throwing threw thrown',
  'write writes writing wrote written',
  'break breaks breaking broke broken',
  'speak speaks speaking spoke spoken',
  'pay pays paying paid',
].map((forms) => forms.split(' '));
/**
 * Negative helpers, which people use alike to say a child does not do something ("she can't
 * get out of bed", "she won't get out of bed", "he doesn't want to go"): each is read as a form
 * of the others, as a verb's forms are.
 */
irregularVerbs.push('cant cannot wont dont doesnt didnt couldnt wouldnt'.split(' '));
const verbOf = new Map(irregularVerbs.flatMap((forms) => forms.map((form) => [form, forms[0]!] as const)));
const formsOf = new Map(irregularVerbs.flatMap((forms) => forms.map((form) => [form, forms] as const)));

/** Every form of the irregular verb a word is a form of ("took": take, takes, taking, took, taken), or the word alone. */
export function verbForms(word: string): readonly string[] {
  return formsOf.get(word) ?? [word];
}

/**
 * A short verb ending in "y" in its "ies"/"ied" forms: "cries" and "cried" are "cry", so they
 * are the same word as "crying" ("tries" as "trying"). Longer ones share a stem anyway
 * ("worries", "worrying": "worry").
 */
export function yForm(word: string): string {
  return /^[a-z]{2,3}ie[sd]$/.test(word) ? `${word.slice(0, -3)}y` : word;
}

/**
 * The same word for reading a query: equal, a plural ("plan"/"plans", "child"/"children"), a
 * short word with a regular ending ("call"/"called", above), or one ending in "y" ("cries"/
 * "crying"), a form of the same irregular verb
 * ("send"/"sent"), or another ending of one long enough stem ("excluding"/"excluded",
 * "worrying"/"worried", "struggles"/"struggling"), so the names in the glossary and the
 * everyday words match however a reader bends them.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const verb = verbOf.get(a);
  if (verb !== undefined && verb === verbOf.get(b)) return true;
  // Reading a query asks this of every name's words against every word typed, so most pairs
  // are told apart here: a plural, a regular ending, a "y" form and a shared stem (of five
  // letters or more) all keep a word's first letters, two of them unless a word is shorter than
  // three ("by", "bies"), one unless a word is a single letter ("y", "ies").
  if (a.length > 2 && b.length > 2 ? a[0] !== b[0] || a[1] !== b[1] : a.length > 1 && b.length > 1 && a[0] !== b[0]) return false;
  if (pluralOf(a, b) || regularEnding(a, b)) return true;
  const [ya, yb] = [yForm(a), yForm(b)];
  if ((ya !== a || yb !== b) && (ya === yb || regularEnding(ya, yb))) return true;
  const stems = stemsWithSelf(b);
  for (const stem of stemsWithSelf(a)) if (stems.has(stem)) return true;
  return false;
}

/**
 * The first letters of the words sameWord may find the same as one of `words`: theirs, and those
 * of the other forms of an irregular verb among them. A word of two letters or more that starts
 * with none of them is the same as none of `words`. Undefined when one of `words` is a single
 * letter, which a word the same as it may not start with ("y", "ies").
 */
export function sameWordInitials(words: readonly string[]): ReadonlySet<string> | undefined {
  if (words.some((w) => w.length < 2)) return undefined;
  return new Set(words.flatMap((w) => verbForms(w).map((form) => form[0]!)));
}

/**
 * Roughly the stem Pagefind gives a word when it indexes and searches (its English stemmer):
 * "looks", "looked" and "looking" are all "look". Only for telling when two different words
 * typed would be searched as one; too rough for anything else.
 */
export function engineStem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}i`;
  for (const ending of ['ing', 'ed']) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
