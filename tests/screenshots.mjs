// Takes the README's screenshots of the demo page (desktop and phone), with
// one section open. Run after `trunk build --release`: node tests/screenshots.mjs
import { chromium } from 'playwright-core';
import { startDemo } from '../www/serve.mjs';

const demo = await startDemo();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const shots = [
  ['www/screenshots/desktop.png', { width: 1024, height: 900 }],
  ['www/screenshots/mobile.png', { width: 375, height: 812 }],
];
try {
  for (const [path, viewport] of shots) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    await page.goto(`${demo.site.origin}/`);
    const button = page.locator('possible-causes #chronic-pelvic-inflammatory-disease-header');
    await button.click();
    // The section's opening transitions, if any, ended.
    await page.locator('possible-causes').evaluate((element) => Promise.all(element.shadowRoot.getAnimations().map((animation) => animation.finished)));
    await page.locator('possible-causes').screenshot({ path });
    await page.close();
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
  await demo.close();
}
