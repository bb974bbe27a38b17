/**
 * The English stemmer Pagefind's index was built with (Snowball 3.0.0's English, "Porter2",
 * as pagefind_stem/src/snowball/algorithms/english.rs in Pagefind's source), so that a typed
 * word is reduced to the same stem the index holds. Written from that algorithm's published
 * rules; test/unit/search-engine.test.ts checks it against Pagefind's own indexer over every
 * word of the site and the algorithm's special cases.
 */

const isVowel = (c: string | undefined): boolean => c !== undefined && 'aeiouy'.includes(c);
// Letters after which a short syllable cannot end (Snowball's v_WXY grouping, with the marked Y).
const isVowelWXY = (c: string | undefined): boolean => c !== undefined && 'aeiouywxY'.includes(c);
const validLiEnding = new Set('cdeghkmnrt');
const doubles = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);
// Words whose first region starts after these letters, not at the first consonant after a vowel.
const regionPrefixes = ['arsen', 'commun', 'emerg', 'gener', 'inter', 'later', 'organ', 'past', 'univers'];
const wholeWords = new Map(
  Object.entries({
    skis: 'ski',
    skies: 'sky',
    idly: 'idl',
    gently: 'gentl',
    ugly: 'ugli',
    early: 'earli',
    only: 'onli',
    singly: 'singl',
    andes: 'andes',
    atlas: 'atlas',
    bias: 'bias',
    cosmos: 'cosmos',
    howe: 'howe',
    news: 'news',
    sky: 'sky',
  }),
);
// Before "ing", these whole words are left as they are ("evening", "inning", "outing"...).
const keptBeforeIng = new Set(['even', 'cann', 'inn', 'earr', 'herr', 'out']);
// Before "eed", these whole words are left as they are ("succeed", "proceed", "exceed").
const keptBeforeEed = new Set(['succ', 'proc', 'exc']);

const step2: [string, string][] = [
  ['ization', 'ize'],
  ['ational', 'ate'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['iveness', 'ive'],
  ['tional', 'tion'],
  ['biliti', 'ble'],
  ['lessli', 'less'],
  ['entli', 'ent'],
  ['ation', 'ate'],
  ['alism', 'al'],
  ['aliti', 'al'],
  ['ousli', 'ous'],
  ['iviti', 'ive'],
  ['fulli', 'ful'],
  ['ogist', 'og'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['abli', 'able'],
  ['izer', 'ize'],
  ['ator', 'ate'],
  ['alli', 'al'],
  ['bli', 'ble'],
  ['ogi', 'og'],
  ['li', ''],
];
const step3: [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['alize', 'al'],
  ['icate', 'ic'],
  ['iciti', 'ic'],
  ['ative', ''],
  ['ical', 'ic'],
  ['ness', ''],
  ['ful', ''],
];
const step4 = ['ement', 'ment', 'able', 'ible', 'ance', 'ence', 'ate', 'iti', 'ion', 'ism', 'ive', 'ize', 'ous', 'ant', 'ent', 'al', 'er', 'ic'];

/** Where the region after the first non-vowel following a vowel, from `from`, starts. */
function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  return word.length;
}

/** Whether the word up to `end` ends in a short syllable. */
function shortSyllable(word: string, end: number): boolean {
  const [a, b, c] = [word[end - 3], word[end - 2], word[end - 1]];
  if (end >= 3 && !isVowel(a) && isVowel(b) && !isVowelWXY(c)) return true;
  if (end === 2 && isVowel(word[0]) && !isVowel(word[1])) return true;
  return word.slice(0, end).endsWith('past');
}

const longest = (word: string, suffixes: readonly string[]): string | undefined => suffixes.find((s) => word.endsWith(s));

/** The stem of one lower-case word. */
export function stem(input: string): string {
  const whole = wholeWords.get(input);
  if (whole !== undefined) return whole;
  if ([...input].length < 3) return input;
  let word = input.startsWith("'") ? input.slice(1) : input;
  // A y that acts as a consonant is marked Y for the steps below.
  let marked = false;
  const letters = [...word];
  for (let i = 0; i < letters.length; i++) {
    if (letters[i] === 'y' && (i === 0 || isVowel(letters[i - 1]))) {
      letters[i] = 'Y';
      marked = true;
    }
  }
  word = letters.join('');
  const prefix = regionPrefixes.find((p) => word.startsWith(p));
  const r1 = prefix ? prefix.length : regionAfter(word, 0);
  const r2 = regionAfter(word, r1);

  // Step 1a: possessives and plurals.
  const possessive = longest(word, ["'s'", "'s", "'"]);
  if (possessive) word = word.slice(0, -possessive.length);
  if (word.endsWith('sses')) word = word.slice(0, -2);
  else if (word.endsWith('ied') || word.endsWith('ies')) word = word.length > 4 ? word.slice(0, -2) : word.slice(0, -1);
  else if (word.endsWith('us') || word.endsWith('ss')) {
    // left as it is
  } else if (word.endsWith('s') && [...word.slice(0, -2)].some(isVowel)) word = word.slice(0, -1);

  // Step 1b: -eed, -ed, -ing and their -ly forms.
  const ending = longest(word, ['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed']);
  if (ending === 'eed' || ending === 'eedly') {
    const before = word.slice(0, -ending.length);
    if (before.length >= r1 && !keptBeforeEed.has(before)) word = `${before}ee`;
  } else if (ending) {
    const before = word.slice(0, -ending.length);
    if (ending === 'ing' && before.length === 2 && before[1] === 'y' && !isVowel(before[0])) word = `${before[0]}ie`;
    else if (ending === 'ing' && keptBeforeIng.has(before)) {
      // left as it is
    } else if ([...before].some(isVowel)) {
      word = before;
      const last2 = word.slice(-2);
      if (last2 === 'at' || last2 === 'bl' || last2 === 'iz') word += 'e';
      else if (doubles.has(last2)) {
        if (!(word.length === 3 && 'aeo'.includes(word[0]!))) word = word.slice(0, -1);
      } else if (r1 === word.length && shortSyllable(word, word.length)) word += 'e';
    }
  }

  // Step 1c: a final y after a consonant (not the first letter) becomes i.
  if ((word.endsWith('y') || word.endsWith('Y')) && word.length > 2 && !isVowel(word[word.length - 2])) word = `${word.slice(0, -1)}i`;

  // Step 2: the longest of these in R1 becomes its shorter form.
  const s2 = step2.find(([s]) => word.endsWith(s));
  if (s2 && word.length - s2[0].length >= r1) {
    const before = word.slice(0, -s2[0].length);
    if (s2[0] === 'ogi') {
      if (before.endsWith('l')) word = `${before}og`;
    } else if (s2[0] === 'li') {
      if (validLiEnding.has(before.at(-1) ?? '')) word = before;
    } else word = before + s2[1];
  }

  // Step 3.
  const s3 = step3.find(([s]) => word.endsWith(s));
  if (s3 && word.length - s3[0].length >= r1 && (s3[0] !== 'ative' || word.length - s3[0].length >= r2)) word = word.slice(0, -s3[0].length) + s3[1];

  // Step 4: the longest of these in R2 is removed (-ion only after s or t).
  const s4 = longest(word, step4);
  if (s4 && word.length - s4.length >= r2) {
    const before = word.slice(0, -s4.length);
    if (s4 !== 'ion' || before.endsWith('s') || before.endsWith('t')) word = before;
  }

  // Step 5: a final e, or the second l of a final ll.
  const end = word.length - 1;
  if (word.endsWith('e') && (end >= r2 || (end >= r1 && !shortSyllable(word, end)))) word = word.slice(0, -1);
  else if (word.endsWith('ll') && end >= r2) word = word.slice(0, -1);

  return marked ? word.replace(/Y/g, 'y') : word;
}
