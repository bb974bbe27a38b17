// How every browser test starts Chromium here: Debian's binary, headless, with the background
// networking that this closed network refuses turned off. Playwright and @web/test-runner each
// start it with a fresh temporary profile of their own (a new --user-data-dir every run).
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: run `npm test` (which installs it) or set CHROME_PATH.');
  return found;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
