// A throwaway copy of the project with extra guidance pages, so the benchmark can show how each
// figure grows with the site (issue 17): a council edition with local pages, or a national site
// that keeps growing. The extra pages are copies of the real guidance pages under new slugs,
// with " (copy n)" after the title, so they are as long, as linked and as searchable as the real
// ones. The copy lives outside the repository (in the system's temporary folder), with its own
// build output and Astro cache, and shares node_modules through links to each package.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';

/** Build output, caches and generated files: the copy makes its own. */
const notCopied = new Set(['node_modules', 'dist', '.git', '.astro', 'bench-results', 'test-output', 'types', 'public/widgets', 'public/icons']);

/** Caches Astro and Vite keep in node_modules: shared, they would mix the copy's build with the project's. */
const ownCaches = new Set(['.astro', '.vite']);

/**
 * The title of the n-th copy of a page, kept within the schema's 120 characters.
 * @param {string} title
 * @param {number} n
 */
export function copyTitle(title, n) {
  const suffix = ` (copy ${n})`;
  return title.slice(0, 120 - suffix.length) + suffix;
}

/**
 * The source of the n-th copy of a guidance page: the same page with a numbered title.
 * @param {string} source the page's file text, frontmatter first
 * @param {number} n
 */
export function syntheticPage(source, n) {
  const titleLine = /^title:\s*(.*)$/m;
  const match = titleLine.exec(source);
  if (!match) throw new Error('a guidance page without a title line');
  const title = match[1].replace(/^(['"])(.*)\1$/, '$2');
  return source.replace(titleLine, `title: ${JSON.stringify(copyTitle(title, n))}`);
}

/**
 * Copies the project at `root` to a new folder and adds `pages` synthetic guidance pages,
 * taking each real page in turn. Returns the copy's folder; `remove()` deletes it.
 * @param {string} root
 * @param {number} pages
 */
export async function syntheticSite(root, pages) {
  // A folder of its own: other people on the machine may be running the benchmark too.
  const dir = await mkdtemp(join(tmpdir(), `apk-bench-${pages}-`));
  // No installed folder is copied (the SharePoint and lint tools have their own node_modules),
  // nor another build's output (dist-anyshire/).
  const copied = (path) => {
    const name = relative(root, path).split('\\').join('/');
    return !notCopied.has(name) && !/(^|\/)node_modules$/.test(name) && !/^dist-/.test(name);
  };
  await cp(root, dir, { recursive: true, filter: copied });

  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (!ownCaches.has(name)) await symlink(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }

  const guidanceDir = join(dir, 'content', 'guidance');
  const originals = (await readdir(guidanceDir)).filter((name) => ['.md', '.mdx'].includes(extname(name))).sort();
  if (originals.length === 0) throw new Error(`no guidance pages in ${guidanceDir}`);
  const texts = await Promise.all(originals.map((name) => readFile(join(guidanceDir, name), 'utf8')));
  for (let n = 1; n <= pages; n += 1) {
    const i = (n - 1) % originals.length;
    const name = originals[i];
    const slug = `${name.slice(0, -extname(name).length)}-copy-${n}`;
    await writeFile(join(guidanceDir, slug + extname(name)), syntheticPage(texts[i], n));
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
