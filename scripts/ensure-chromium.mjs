// Browser tests use Debian's Chromium. When it is missing, install it with apt-get (as root);
// never a test tool's own browser download, which this network does not allow.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return chromiumCandidates.find((path) => existsSync(path));
}

function install() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!isRoot && !sudo) {
    console.error(
      'Chromium is not installed, and installing it needs root.\n' +
        'Run as root:  apt-get update && apt-get install -y chromium\n' +
        'or point CHROME_PATH at an existing Chromium or Chrome binary.',
    );
    process.exit(1);
  }
  const run = (args) => {
    const [command, ...rest] = sudo ? ['sudo', '-n', ...args] : args;
    execFileSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  console.log('Chromium is missing: installing Debian\'s chromium package with apt-get…');
  try {
    run(['apt-get', 'update']);
    run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  } catch {
    console.error('apt-get could not install chromium. Install it by hand (apt-get install chromium) and run the tests again.');
    process.exit(1);
  }
}

if (!findChromium()) install();
const path = findChromium();
if (!path) {
  console.error('Chromium still cannot be found after installing. Set CHROME_PATH to its binary.');
  process.exit(1);
}
console.log(`Chromium: ${path}`);
