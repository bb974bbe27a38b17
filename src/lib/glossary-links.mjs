// Links the first use of each glossary abbreviation on a page (DSL, VSH, EHCP...) to its
// entry in the glossary, so a reader who meets an acronym is one step from its meaning.
// A plugin for Sätteri, Astro's own Markdown processor, which parses and renders in Rust: a
// page costs a fraction of a millisecond there against several through remark and rehype,
// the largest cost per page of the whole build (issue 17).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';

/** Text under these is never linked: it is a link already, a heading, code, markup or MDX. */
const skipped = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression']);

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text of one text node as mdast nodes, with the first use of each abbreviation not yet in
 * `linked` made a link (and added to it); undefined when there is nothing to link.
 * @param {string} text
 * @param {RegExp} pattern a global pattern matching the abbreviations as whole words
 * @param {Map<string, string>} byAbbreviation glossary id of each abbreviation
 * @param {Set<string>} linked abbreviations linked earlier on the page
 */
export function linkedParts(text, pattern, byAbbreviation, linked) {
  const parts = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const abbreviation = match[1];
    if (linked.has(abbreviation)) continue;
    linked.add(abbreviation);
    if (match.index > from) parts.push({ type: 'text', value: text.slice(from, match.index) });
    parts.push({ type: 'link', url: `/glossary/#${byAbbreviation.get(abbreviation)}`, children: [{ type: 'text', value: abbreviation }] });
    from = match.index + abbreviation.length;
  }
  if (parts.length === 0) return undefined;
  if (from < text.length) parts.push({ type: 'text', value: text.slice(from) });
  return parts;
}

/**
 * The Sätteri mdast plugin, for `satteri({ mdastPlugins: [glossaryLinks()] })`.
 * @param {{ glossaryFile?: string }} options
 */
export default function glossaryLinks(options = {}) {
  const file = options.glossaryFile ?? resolve(process.env.KIT_CONTENT_DIR ?? 'content', 'glossary.yaml');
  const entries = /** @type {{ id: string; abbreviation?: string }[]} */ (yaml.load(readFileSync(file, 'utf8')) ?? []);
  const byAbbreviation = new Map(entries.filter((e) => e.abbreviation).map((e) => [e.abbreviation, e.id]));
  if (byAbbreviation.size === 0) return false;
  // Longest first, so "EHCP" wins over a shorter abbreviation inside it; whole words only.
  const pattern = new RegExp(
    `(?<![\\w-])(${[...byAbbreviation.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\w-])`,
    'g',
  );
  // A factory: Sätteri calls it once per page, so "first use" starts afresh on every page.
  return () => {
    const linked = new Set();
    return {
      name: 'glossary-links',
      text(node, context) {
        // Most text has no abbreviation: look for one before walking up the tree.
        if (!node.value.match(pattern)) return;
        for (let parent = context.parent(node); parent && parent.type !== 'root'; parent = context.parent(parent)) {
          if (skipped.has(parent.type)) return;
        }
        const parts = linkedParts(node.value, pattern, byAbbreviation, linked);
        if (parts) context.replaceNode(node, parts);
      },
    };
  };
}
