// Installs Debian packages the tests need with apt-get (as root, or with passwordless sudo).
// Only Debian and npm packages are ever installed; nothing is downloaded any other way.
import { execFileSync, spawnSync } from 'node:child_process';

/** Installs `packages`, or stops with `manual` (how to do it by hand) when that is not possible. */
export function aptInstall(packages, { why, manual }) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!isRoot && !sudo) {
    console.error(`${why}, and installing it needs root.\nRun as root:  apt-get update && apt-get install -y ${packages.join(' ')}\n${manual ?? ''}`);
    process.exit(1);
  }
  const run = (args) => {
    const [command, ...rest] = sudo ? ['sudo', '-n', ...args] : args;
    execFileSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  console.log(`${why}: installing ${packages.join(', ')} with apt-get…`);
  try {
    run(['apt-get', 'update']);
    run(['apt-get', 'install', '-y', '--no-install-recommends', ...packages]);
  } catch {
    console.error(`apt-get could not install ${packages.join(' ')}. Install them by hand and run the tests again.`);
    process.exit(1);
  }
}
