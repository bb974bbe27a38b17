/**
 * Which of a page's search keywords its text explains. A page's searchKeywords help search find
 * it under other names (an acronym, an everyday word); only those its own text uses are shown to
 * readers as "Explained on this page". No Astro here, so it can be tested.
 */

/** Lower case words separated by single spaces: quotes, hyphens, Markdown marks and other punctuation go. */
export function wordsOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9'%]+/g, ' ')
    .trim();
}

/** The words of a Markdown body a reader sees: link addresses, tags and comments left out. */
export function readableText(markdown: string): string {
  return markdown
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ');
}

/** The keywords that occur, as whole words, in the text. */
export function explainedTerms(keywords: readonly string[], text: string): string[] {
  const words = ` ${wordsOf(text)} `;
  return keywords.filter((keyword) => {
    const term = wordsOf(keyword);
    return term !== '' && words.includes(` ${term} `);
  });
}
