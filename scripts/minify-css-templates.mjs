// Minifies the CSS inside Lit's css`...` templates when the widgets are built. esbuild minifies
// the JavaScript but leaves template text alone, so every indent and comment of the widgets'
// styles was shipped; this keeps each widget inside its 20 KB budget with room to grow.
// A template with an interpolation or a backslash is left as written (none of ours has one):
// its text is not plain CSS, and rewriting it could change what Lit receives.
import { transform } from 'esbuild';
import { readFile } from 'node:fs/promises';

const plainCssTemplate = /\bcss`([^`\\$]*)`/g;

export async function minifyCssTemplates(source) {
  let out = '';
  let last = 0;
  for (const match of source.matchAll(plainCssTemplate)) {
    const { code } = await transform(match[1], { loader: 'css', minify: true, logLevel: 'silent' });
    out += source.slice(last, match.index) + 'css`' + code.trim() + '`';
    last = match.index + match[0].length;
  }
  return out + source.slice(last);
}

/** An esbuild plugin applying it to the widgets' own TypeScript. */
export const minifyCssTemplatesPlugin = {
  name: 'minify-css-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]widgets[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      return { contents: await minifyCssTemplates(source), loader: 'ts' };
    });
  },
};
