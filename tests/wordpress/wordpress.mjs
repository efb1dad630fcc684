// A real WordPress for the tests: Debian's `wordpress` package (6.1) on its
// own MariaDB, started in a folder of its own and stopped with the tests,
// and served by `php -S` (router.php) where a test asks for it.
// `.ci/tools` installs the packages; `startWordPress()` needs nothing else.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const HERE = new URL('./', import.meta.url).pathname;
// Debian's wp-config.php reads the config of the request's host; php-cli has
// none, so the scripts name this one (WORDPRESS_CONFIG).
const CONFIG_NAME = 'possiblecausestest';
const CONFIG = `/etc/wordpress/config-${CONFIG_NAME}.php`;
// What Debian's wp-config.php reads for a request to 127.0.0.1, on any port.
const SERVED_CONFIG = '/etc/wordpress/config-127.0.0.1.php';

/** A port nothing listens on. */
const freePort = () => new Promise((resolve, reject) => {
  const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

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

/**
 * Starts MariaDB in a fresh folder, writes the site's config and installs
 * WordPress in it; with `serve`, serves it at the returned `origin`.
 */
export async function startWordPress({ serve = false } = {}) {
  if (!existsSync('/usr/share/wordpress/wp-settings.php')) throw new Error("Debian's wordpress package is not installed (.ci/tools installs it)");
  const folder = mkdtempSync(path.join(tmpdir(), 'possible-causes-wordpress-'));
  const data = path.join(folder, 'data');
  const socket = path.join(folder, 'mysqld.sock');
  execFileSync('mariadb-install-db', ['--user=root', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
  const server = spawn('mariadbd', ['--user=root', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking',
    `--pid-file=${path.join(folder, 'mariadb.pid')}`, `--log-error=${path.join(folder, 'mariadb.log')}`], { stdio: 'ignore' });
  await waitFor(() => existsSync(socket), 'MariaDB');
  execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"]);
  // The site's own wp-content (plugins, uploads), with Debian's themes.
  const content = path.join(folder, 'wp-content');
  mkdirSync(path.join(content, 'plugins'), { recursive: true });
  mkdirSync(path.join(content, 'uploads'));
  symlinkSync('/var/lib/wordpress/wp-content/themes', path.join(content, 'themes'));
  const port = serve ? await freePort() : 0;
  const origin = serve ? `http://127.0.0.1:${port}` : 'http://127.0.0.1';
  const config = `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('FS_METHOD', 'direct');
// No network here: WordPress's calls home fail at once instead of timing out.
define('WP_HTTP_BLOCK_EXTERNAL', true);
`;
  writeFileSync(CONFIG, config);
  php('install.php');
  let web;
  if (serve) {
    writeFileSync(SERVED_CONFIG, config);
    web = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', path.join(HERE, 'router.php')], {
      stdio: 'ignore', env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4', POSSIBLE_CAUSES_WP_CONTENT: content },
    });
    await waitFor(() => { try { execFileSync('php', ['-r', `exit(@fsockopen('127.0.0.1', ${port}) ? 0 : 1);`]); return true; } catch { return false; } }, 'php -S');
  }
  return {
    php,
    origin,
    async stop() {
      if (web) {
        const stopped = new Promise((resolve) => web.once('exit', resolve));
        web.kill('SIGTERM');
        await stopped;
        rmSync(SERVED_CONFIG, { force: true });
      }
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
      rmSync(CONFIG, { force: true });
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
