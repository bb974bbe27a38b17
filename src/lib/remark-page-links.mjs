// Cross-references between guidance pages. A link written with no text, [](/guidance/what-to-monitor/),
// gets the page's title as its text, so the words a reader clicks always match the page they
// reach, and a retitled page needs no edits elsewhere. The build fails on a link to a guidance
// page that does not exist, and on a guidance address left in the text as a bare path.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';

const pagePath = /^\/guidance\/([a-z0-9-]+)\/(#[\w-]+)?$/;
const barePath = /(?<![\w.:/-])\/guidance\/[a-z0-9-]+\//;
const skipped = new Set(['code', 'inlineCode', 'html']);

/** Titles of the guidance pages by slug, from each file's frontmatter. */
export function guidanceTitles(dir) {
  const titles = new Map();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, name), 'utf8'));
    const title = frontmatter ? yaml.load(frontmatter[1])?.title : undefined;
    if (typeof title === 'string') titles.set(name.slice(0, -'.mdx'.length), title);
  }
  return titles;
}

/** @param {{ guidanceDir?: string }} options */
export default function remarkPageLinks(options = {}) {
  const dir = options.guidanceDir ?? resolve(process.env.KIT_CONTENT_DIR ?? 'content', 'guidance');
  const titles = guidanceTitles(dir);

  return (tree, file) => {
    const where = file?.path ?? 'a guidance page';
    const walk = (node) => {
      if (skipped.has(node.type)) return;
      if (node.type === 'text' && barePath.test(node.value)) {
        const [path] = barePath.exec(node.value);
        throw new Error(`${where}: "${path}" is written as a bare path; write it as a link, [](${path}), which shows the page's title`);
      }
      if (node.type === 'link') {
        const match = pagePath.exec(node.url);
        if (match) {
          const title = titles.get(match[1]);
          if (!title) throw new Error(`${where}: link to ${node.url}, but content/guidance/ has no page "${match[1]}"`);
          if (!node.children?.length) node.children = [{ type: 'text', value: title }];
        }
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}
