// Cross-references between guidance pages. A link written with no text, [](/guidance/what-to-monitor/),
// gets the page's title as its text, so the words a reader clicks always match the page they
// reach, and a retitled page needs no edits elsewhere. The build fails on a link to a guidance
// page that does not exist, and on a guidance address left in the text as a bare path.
// A plugin for Sätteri, Astro's own Markdown processor (astro.config.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const pagePath = /^\/guidance\/([a-z0-9-]+)\/(#[\w-]+)?$/;
const barePath = /(?<![\w.:/-])\/guidance\/[a-z0-9-]+\//;
/** A path shown under these is an example to copy or a link already, not a cross-reference. */
const skipped = new Set(['link', 'linkReference', 'code', 'inlineCode', 'html']);
const pageFile = /\.mdx?$/;

/** Titles of the guidance pages by slug, from each file's frontmatter. */
export function guidanceTitles(dir) {
  const titles = new Map();
  for (const name of readdirSync(dir).filter((f) => pageFile.test(f))) {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, name), 'utf8'));
    const title = frontmatter ? yaml.load(frontmatter[1])?.title : undefined;
    if (typeof title === 'string') titles.set(name.replace(pageFile, ''), title);
  }
  return titles;
}

/**
 * The Sätteri mdast plugin, for `satteri({ mdastPlugins: [pageLinks()] })`.
 * @param {{ guidanceDir?: string }} options
 */
export default function pageLinks(options = {}) {
  const dir = options.guidanceDir ?? resolve(process.env.KIT_CONTENT_DIR ?? 'content', 'guidance');
  const titles = guidanceTitles(dir);
  const where = (context) => (context.fileURL ? fileURLToPath(context.fileURL) : 'a guidance page');
  return {
    name: 'page-links',
    link(node, context) {
      const match = pagePath.exec(node.url);
      if (!match) return;
      const title = titles.get(match[1]);
      if (!title) throw new Error(`${where(context)}: link to ${node.url}, but content/guidance/ has no page "${match[1]}"`);
      if (node.children.length === 0) context.setProperty(node, 'children', [{ type: 'text', value: title }]);
    },
    text(node, context) {
      const bare = barePath.exec(node.value);
      if (!bare) return;
      for (let parent = context.parent(node); parent && parent.type !== 'root'; parent = context.parent(parent)) {
        if (skipped.has(parent.type)) return;
      }
      throw new Error(`${where(context)}: "${bare[0]}" is written as a bare path; write it as a link, [](${bare[0]}), which shows the page's title`);
    },
  };
}
