import { build } from '/work/wt-widgetbase/node_modules/esbuild/lib/main.js';
import { minifyCssTemplatesPlugin } from '/work/wt-widgetbase/scripts/minify-css-templates.mjs';
const entry = process.argv[2];
const r = await build({ bundle: true, format: 'esm', target: 'es2022', minify: true, conditions: ['production'], legalComments: 'none', plugins: [minifyCssTemplatesPlugin], tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } }, entryPoints: [entry], write: false, metafile: true, outdir: '/tmp/wb/out' });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [k, v.bytesInOutput]).sort((a, b) => b[1] - a[1]);
let t = 0; for (const [k, v] of rows) { t += v; console.log(String(v).padStart(7), k); } console.log(t);
