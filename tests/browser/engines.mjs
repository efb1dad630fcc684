// The other engines a reader's phone or laptop may run, from Debian's
// packages (.ci/tools): Firefox (firefox-esr, driven over WebDriver BiDi by
// puppeteer-core) and WebKit, Safari's engine (WebKitGTK's MiniBrowser under
// Xvfb, driven by WebKitWebDriver through selenium-webdriver, one session at
// a time). Each gives the tests the same three verbs: open a page, run a
// function (its source text) in it, and click an element by a real pointer.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import puppeteer from 'puppeteer-core';
import { Builder } from 'selenium-webdriver';

const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser']
  .find((file) => existsSync(file));

/** A free port on the loopback address. */
const freePort = () => new Promise((resolve, reject) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  }).on('error', reject);
});

/** Resolves once something listens on `port`, or rejects after `ms`. */
async function listening(port, ms = 20000) {
  const until = Date.now() + ms;
  for (;;) {
    const connected = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); }).on('error', () => resolve(false));
    });
    if (connected) return;
    if (Date.now() > until) throw new Error(`nothing listens on port ${port} after ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An expression that calls the function whose source is `fn` with `args`. */
const call = (fn, args) => `(${fn}).apply(null, ${JSON.stringify(args)})`;

/** Firefox: `use(engine)` with the page open; the browser closed after. */
export async function withFirefox(use) {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
  try {
    const page = await browser.newPage();
    await use({
      name: 'Firefox',
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      evaluate: (fn, ...args) => page.evaluate(call(fn, args)),
      // `pick` returns the element in the page; it is clicked at its centre.
      async click(pick, ...args) {
        const element = await page.evaluateHandle(call(pick, args));
        await element.click();
        await element.dispose();
      },
    });
  } finally {
    await browser.close();
  }
}

/** WebKit: `use(engine)` with MiniBrowser open under its own Xvfb; all stopped after. */
export async function withWebKit(use) {
  if (!MINIBROWSER) throw new Error("WebKitGTK's MiniBrowser is not installed (.ci/tools installs webkit2gtk-driver)");
  const display = `:${90 + Math.floor(Math.random() * 9)}`;
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const port = await freePort();
  const driverProcess = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  let driver;
  try {
    await listening(port);
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }).build();
    await use({
      name: 'WebKit',
      goto: (url) => driver.get(url),
      evaluate: (fn, ...args) => driver.executeScript(`return ${call(fn, args)};`),
      async click(pick, ...args) {
        const element = await driver.executeScript(`return ${call(pick, args)};`);
        await element.click();
      },
    });
  } finally {
    await driver?.quit().catch(() => {});
    driverProcess.kill();
    xvfb.kill();
  }
}
