// Links the first use of each glossary abbreviation on a page (DSL, VSH, EHCP...) to its
// entry in the glossary, so a reader who meets an acronym is one step from its meaning.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';

const skipped = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression']);

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** @param {{ glossaryFile?: string }} options */
export default function remarkGlossaryLinks(options = {}) {
  const file = options.glossaryFile ?? resolve(process.env.KIT_CONTENT_DIR ?? 'content', 'glossary.yaml');
  const entries = /** @type {{ id: string; abbreviation?: string }[]} */ (yaml.load(readFileSync(file, 'utf8')) ?? []);
  const byAbbreviation = new Map(entries.filter((e) => e.abbreviation).map((e) => [e.abbreviation, e.id]));
  if (byAbbreviation.size === 0) return () => {};
  // Longest first, so "EHCP" wins over a shorter abbreviation inside it; whole words only.
  const pattern = new RegExp(
    `(?<![\\w-])(${[...byAbbreviation.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\w-])`,
  );

  return (tree) => {
    const linked = new Set();
    const walk = (node) => {
      if (!node.children) return;
      for (let i = 0; i < node.children.length; i += 1) {
        const child = node.children[i];
        if (skipped.has(child.type)) continue;
        if (child.type !== 'text') {
          walk(child);
          continue;
        }
        const match = findUnlinked(child.value);
        if (!match) continue;
        const { index, abbreviation } = match;
        linked.add(abbreviation);
        const parts = [];
        if (index > 0) parts.push({ type: 'text', value: child.value.slice(0, index) });
        parts.push({
          type: 'link',
          url: `/glossary/#${byAbbreviation.get(abbreviation)}`,
          children: [{ type: 'text', value: abbreviation }],
        });
        const rest = child.value.slice(index + abbreviation.length);
        if (rest) parts.push({ type: 'text', value: rest });
        node.children.splice(i, 1, ...parts);
        // The remaining text is visited next, for other abbreviations in it.
        i += parts.length - (rest ? 2 : 1);
      }
    };
    const findUnlinked = (text) => {
      const re = new RegExp(pattern.source, 'g');
      for (const m of text.matchAll(re)) if (!linked.has(m[1])) return { index: m.index, abbreviation: m[1] };
      return undefined;
    };
    walk(tree);
  };
}
