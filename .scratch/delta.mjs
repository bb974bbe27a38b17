import { build } from '/work/wt-widgetbase/node_modules/esbuild/lib/main.js';
import { gzipSync } from 'node:zlib';
import { minifyCssTemplatesPlugin } from '/work/wt-widgetbase/scripts/minify-css-templates.mjs';
const entry = process.argv[2];
const opts = { bundle: true, format: 'esm', target: 'es2022', minify: true, conditions: ['production'], legalComments: 'none', tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } }, entryPoints: [entry], write: false, outdir: '/tmp/wb/out', logLevel: 'silent' };
const size = async (plugins) => { const r = await build({ ...opts, plugins: [minifyCssTemplatesPlugin, ...plugins] }); return gzipSync(r.outputFiles[0].contents, { level: 9 }).length; };
const base = await size([]);
console.log('base', base);
for (const target of process.argv.slice(3)) {
  // Replace the module's text with the same text but its big literal content emptied: measure by replacing the file with an export of proxies is hard; instead measure marginal by building module alone
}
const r = await build({ ...opts, metafile: true, plugins: [minifyCssTemplatesPlugin] });
const text = new TextDecoder().decode(r.outputFiles[0].contents);
console.log('raw', text.length);
