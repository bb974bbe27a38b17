// Browser tests use Debian's Chromium. When it is missing, install it with apt-get (as root);
// never a test tool's own browser download, which this network does not allow.
import { existsSync } from 'node:fs';
import { aptInstall } from './apt-install.mjs';

export const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return chromiumCandidates.find((path) => existsSync(path));
}

if (!findChromium()) aptInstall(['chromium'], { why: 'Chromium is not installed', manual: 'or point CHROME_PATH at an existing Chromium or Chrome binary.' });
const path = findChromium();
if (!path) {
  console.error('Chromium still cannot be found after installing. Set CHROME_PATH to its binary.');
  process.exit(1);
}
console.log(`Chromium: ${path}`);
