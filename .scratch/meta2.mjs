import { build } from '/work/wt-widgetbase/node_modules/esbuild/lib/main.js';
import { minifyCssTemplatesPlugin } from '/work/wt-widgetbase/scripts/minify-css-templates.mjs';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const r = await build({ bundle: true, format: 'esm', target: 'es2022', minify: true, splitting: true, conditions: ['production'], legalComments: 'none', plugins: [minifyCssTemplatesPlugin], tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } }, entryPoints: { main: entry }, write: false, metafile: true, outdir: '/tmp/wb/out', chunkNames: 'chunks/[name]-[hash]' });
for (const [file, out] of Object.entries(r.metafile.outputs)) {
  const of = r.outputFiles.find((f) => f.path.endsWith(file.replace('/tmp/wb/out', '').replace(/^.*out\//, '')));
  console.log('==', file, out.bytes, of ? gzipSync(of.contents, { level: 9 }).length : '', 'imports:', out.imports.map((i) => (i.kind === 'dynamic-import' ? 'dyn:' : '') + i.path.replace(/.*\//, '')).join(' '));
  for (const [k, v] of Object.entries(out.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) if (v.bytesInOutput > 0) console.log(String(v.bytesInOutput).padStart(7), k);
}
