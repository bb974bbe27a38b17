// Builds a council's own edition: `npm run build:edition -- --council examples/anyshire`
// (optionally `--out dist-anyshire`; default dist/). `npm run build` is a chain of steps and npm
// hands extra arguments only to the last one, so this sets the environment every step reads
// (APK_COUNCIL, APK_DIST, and PAGEFIND_SITE for Pagefind) and runs the ordinary build.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

const usage = 'usage: npm run build:edition -- --council <folder> [--out <folder>]';
let options;
try {
  ({ values: options } = parseArgs({ options: { council: { type: 'string' }, out: { type: 'string', default: 'dist' } } }));
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
if (!options.council) {
  console.error(`No council folder given.\n${usage}`);
  process.exit(2);
}

const env = { ...process.env, APK_COUNCIL: options.council, APK_DIST: options.out, PAGEFIND_SITE: options.out };
const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath, 'run', 'build']] : ['npm', ['run', 'build']];
const child = spawn(npm[0], npm[1], { env, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
