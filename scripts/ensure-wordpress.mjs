// The WordPress end-to-end test (test/e2e/wordpress.test.ts) pastes a tool's link into a post
// of a real WordPress: Debian's wordpress package, its twentytwentyone theme, PHP's own web
// server and MariaDB, all from Debian. When they are missing, install them with apt-get (as
// root); nothing is downloaded at test time beyond Debian's packages.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { aptInstall } from './apt-install.mjs';

export const wordpressPackages = ['wordpress', 'wordpress-theme-twentytwentyone', 'php-cli', 'php-mysql', 'mariadb-server'];

export const wordpressPaths = {
  wordpress: '/usr/share/wordpress',
  theme: '/usr/share/wordpress/wp-content/themes/twentytwentyone',
  php: '/usr/bin/php',
  mariadbd: '/usr/sbin/mariadbd',
  installDb: '/usr/bin/mariadb-install-db',
  client: '/usr/bin/mariadb',
};

export function missingWordPressParts() {
  return Object.entries(wordpressPaths)
    .filter(([, path]) => !existsSync(path))
    .map(([name]) => name);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (missingWordPressParts().length > 0) aptInstall(wordpressPackages, { why: 'WordPress, PHP or MariaDB is not installed (for the WordPress embed test)' });
  const missing = missingWordPressParts();
  if (missing.length > 0) {
    console.error(`Still missing after installing: ${missing.join(', ')}.`);
    process.exit(1);
  }
  console.log('WordPress, PHP and MariaDB: installed');
}
