/**
 * A throwaway WordPress for the paste-a-link test: Debian's WordPress (hard-linked into a
 * temporary folder with a wp-config.php of its own), a MariaDB server on a socket in the same
 * folder, and PHP's built-in web server. One must-use plugin lets WordPress's oEmbed discovery
 * reach the kit's test server: the build names the kit http://localhost:4321, the test serves
 * it on another port. Everything stops and is removed afterwards.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { missingWordPressParts, wordpressPaths } from '../../scripts/ensure-wordpress.mjs';

export interface WordPress {
  origin: string;
  /** Post id for each post asked for, in order. */
  postIds: number[];
  stop: () => Promise<void>;
}

export interface WordPressOptions {
  /** The kit's address as the build wrote it into its pages (SITE_URL). */
  siteUrl: string;
  /** Where the test serves the kit. */
  kitBackend: string;
  posts: { title: string; content: string }[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Resolves when a server started as `child` says it is ready (a line of its output matching
 * `ready`); rejects if it exits first or says nothing of the kind within `ms`. Its output is
 * read to the end, so that a busy server never blocks on a full pipe.
 */
function untilReady(what: string, child: ChildProcess, ready: RegExp, ms = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let said = '';
    const finish = (error?: Error) => {
      clearTimeout(deadline);
      child.off('exit', exited);
      for (const stream of [child.stdout, child.stderr]) stream?.off('data', heard);
      if (error) reject(error);
      else resolve();
    };
    const heard = (data: Buffer) => {
      said = (said + data.toString()).slice(-4000);
      if (ready.test(said)) finish();
    };
    const exited = (code: number | null) => finish(new Error(`WordPress test set-up: ${what} stopped (exit ${code}) before it was ready:\n${said}`));
    const deadline = setTimeout(() => finish(new Error(`WordPress test set-up: ${what} was not ready within ${ms / 1000} s:\n${said}`)), ms);
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', heard);
      stream?.resume();
    }
    child.once('exit', exited);
  });
}

const php = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export async function startWordPress({ siteUrl, kitBackend, posts }: WordPressOptions): Promise<WordPress> {
  const missing = missingWordPressParts();
  if (missing.length > 0) throw new Error(`WordPress test: missing ${missing.join(', ')}; \`npm test\` installs them, or run \`node scripts/ensure-wordpress.mjs\` as root.`);
  const dir = await mkdtemp(join(tmpdir(), 'apk-wordpress-'));
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children) child.kill();
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : undefined)));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const socket = join(dir, 'mysql.sock');
    const user = userInfo().username;
    execFileSync(wordpressPaths.installDb, ['--no-defaults', `--datadir=${join(dir, 'db')}`, `--user=${user}`, '--auth-root-authentication-method=normal', '--skip-test-db'], {
      stdio: 'ignore',
    });
    const database = spawn(
      wordpressPaths.mariadbd,
      [
        '--no-defaults',
        `--datadir=${join(dir, 'db')}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--user=${user}`,
        `--pid-file=${join(dir, 'mysql.pid')}`,
        '--innodb-buffer-pool-size=16M',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(database);
    await untilReady('MariaDB', database, /ready for connections/);
    execFileSync(wordpressPaths.client, ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wp'], { stdio: 'ignore' });

    // Hard links: a copy in a moment, and Debian's own wp-config.php can be replaced in it.
    const wp = join(dir, 'wp');
    try {
      execFileSync('cp', ['-al', wordpressPaths.wordpress, wp]);
    } catch {
      execFileSync('cp', ['-a', wordpressPaths.wordpress, wp]);
    }
    await unlink(join(wp, 'wp-config.php'));
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
    await writeFile(
      join(wp, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wp'); define('DB_USER', 'root'); define('DB_PASSWORD', ''); define('DB_HOST', ${php(`localhost:${socket}`)});
define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
${salts.map((s) => `define('${s}', 'attendance-kit-test');`).join(' ')}
$table_prefix = 'wp_';
define('WP_HOME', ${php(origin)}); define('WP_SITEURL', ${php(origin)});
define('DISABLE_WP_CRON', true); define('AUTOMATIC_UPDATER_DISABLED', true); define('DISALLOW_FILE_MODS', true);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    await mkdir(join(wp, 'wp-content', 'mu-plugins'), { recursive: true });
    await writeFile(
      join(wp, 'wp-content', 'mu-plugins', 'attendance-kit-test.php'),
      `<?php
// The kit's test server runs on this machine: let oEmbed discovery fetch from it.
add_filter('http_request_host_is_external', '__return_true');
// The built pages name the kit ${siteUrl}; the test serves it at ${kitBackend}.
add_filter('pre_http_request', function ($pre, $args, $url) {
  $site = ${php(`${siteUrl}/`)};
  if (strpos($url, $site) !== 0) return $pre;
  $args['reject_unsafe_urls'] = false;
  return wp_remote_request(${php(`${kitBackend}/`)} . substr($url, strlen($site)), $args);
}, 10, 3);
`,
    );
    await writeFile(
      join(dir, 'install.php'),
      `<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = ${php(`127.0.0.1:${port}`)};
require ${php(join(wp, 'wp-load.php'))};
require ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Anyshire intranet', 'editor', 'editor@anyshire.example', false, '', wp_generate_password(20));
switch_theme('twentytwentyone');
$ids = array();
foreach (json_decode(${php(JSON.stringify(posts))}, true) as $post) {
  $ids[] = wp_insert_post(array('post_title' => $post['title'], 'post_content' => $post['content'], 'post_status' => 'publish'));
}
echo json_encode($ids);
`,
    );
    // WordPress would mail the new site's owner; there is no mail here, and that is fine.
    const output = execFileSync(wordpressPaths.php, [join(dir, 'install.php')], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    const postIds = JSON.parse(output.slice(output.lastIndexOf('['))) as number[];

    const server = spawn(wordpressPaths.php, ['-S', `127.0.0.1:${port}`, '-t', wp], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(server);
    await untilReady('PHP’s web server', server, /Development Server \(http:\/\/127\.0\.0\.1:\d+\) started/);
    return { origin, postIds, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
