// A real WordPress for the tests: Debian's `wordpress` package (6.1) on its
// own MariaDB, started in a folder of its own and stopped with the tests.
// `.ci/tools` installs the packages; `startWordPress()` needs nothing else.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const HERE = new URL('./', import.meta.url).pathname;
// Debian's wp-config.php reads the config of the request's host; php-cli has
// none, so the scripts name this one (WORDPRESS_CONFIG).
const CONFIG_NAME = 'possiblecausestest';
const CONFIG = `/etc/wordpress/config-${CONFIG_NAME}.php`;

const waitFor = async (ready, what, ms = 30000) => {
  const until = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > until) throw new Error(`${what} did not start in ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** Runs one of this folder's PHP scripts in the test site, `input` on stdin; its stdout parsed as JSON. */
export function php(script, input = '', env = {}) {
  const stdout = execFileSync('php', [path.join(HERE, script)], {
    input, env: { ...process.env, WORDPRESS_CONFIG: CONFIG_NAME, ...env }, maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout.toString());
}

/** Starts MariaDB in a fresh folder, writes the site's config and installs WordPress in it. */
export async function startWordPress() {
  if (!existsSync('/usr/share/wordpress/wp-settings.php')) throw new Error("Debian's wordpress package is not installed (.ci/tools installs it)");
  const folder = mkdtempSync(path.join(tmpdir(), 'possible-causes-wordpress-'));
  const data = path.join(folder, 'data');
  const socket = path.join(folder, 'mysqld.sock');
  execFileSync('mariadb-install-db', ['--user=root', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
  const server = spawn('mariadbd', ['--user=root', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking',
    `--pid-file=${path.join(folder, 'mariadb.pid')}`, `--log-error=${path.join(folder, 'mariadb.log')}`], { stdio: 'ignore' });
  await waitFor(() => existsSync(socket), 'MariaDB');
  execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"]);
  writeFileSync(CONFIG, `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WP_HOME', 'http://127.0.0.1');
define('WP_SITEURL', 'http://127.0.0.1');
`);
  php('install.php');
  return {
    php,
    async stop() {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
      rmSync(CONFIG, { force: true });
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
