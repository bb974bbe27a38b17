// `npm run lint` (in `npm test`): Prettier's check, ESLint with the Lit and web-components
// rules, and lit-analyzer's template type checks. `npm run format` writes Prettier's layout
// and ESLint's fixes instead. The tools live in tools/lint with their own package.json and
// lockfile, installed on first use: ESLint's TypeScript parser and lit-analyzer need
// TypeScript's classic compiler API, which TypeScript 7 (the kit's compiler) no longer ships.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tools = join(root, 'tools', 'lint');
const modules = join(tools, 'node_modules');
const fix = process.argv.includes('--fix');
/** What Prettier lays out; prose (Markdown, MDX) and Astro templates are left as written. */
const formatted = '**/*.{ts,mjs,js,json,css}';

if (!existsSync(join(modules, 'eslint', 'package.json'))) execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: tools, stdio: 'inherit' });

const run = (label, script, args) => {
  console.log(`${label}…`);
  execFileSync(process.execPath, [join(modules, script), ...args], { cwd: root, stdio: 'inherit' });
};

try {
  run('Prettier', 'prettier/bin/prettier.cjs', [fix ? '--write' : '--check', '--log-level', 'warn', formatted]);
  run('ESLint', 'eslint/bin/eslint.js', ['-c', 'tools/lint/eslint.config.mjs', '--max-warnings', '0', ...(fix ? ['--fix'] : []), '.']);
  // Its CSS data predates properties the widgets use (accent-color, content-visibility); and an
  // element a widget loads only when needed (the checklist's calculator) is never imported
  // where the template names it, by design.
  run('lit-analyzer', 'lit-analyzer/cli.js', ['widgets/**/*.ts', '--strict', '--maxWarnings', '0', '--rules.no-invalid-css', 'off', '--rules.no-missing-import', 'off']);
} catch {
  console.error(fix ? 'Some problems need fixing by hand (above).' : 'Lint failed (above). `npm run format` fixes layout and what ESLint can fix itself.');
  process.exit(1);
}
