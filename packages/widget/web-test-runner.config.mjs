import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { mkdirSync } from 'node:fs';
import { startApi } from './test/start-api.mjs';
import { countReporter } from './test/count-reporter.mjs';

const api = await startApi();
const shots = '../../.test-output/screenshots';

/** Lets a test save a screenshot of its page (for people to look at; never compared). */
const screenshotPlugin = {
  name: 'screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'screenshot') return undefined;
    mkdirSync(shots, { recursive: true });
    const page = session.browser.getPage(session.id);
    await page.screenshot({ path: `${shots}/${payload.name}.png`, fullPage: false });
    return true;
  },
};

/**
 * Opens a URL of the real API in a new tab of the test browser (the hosted page, the demo), runs a few steps, and
 * returns what went wrong on the page (errors it logged — a CSP violation shows up there — and failed requests) and
 * the value of `evaluate`.
 */
const visitPlugin = {
  name: 'visit',
  async executeCommand({ command, payload, session }) {
    if (command !== 'visit') return undefined;
    const page = await session.browser.getPage(session.id).browser().newPage();
    const errors = [];
    // Failed requests are reported with their URL (Chromium's console line for them has none).
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${new URL(r.url()).pathname}`));
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.setViewport(payload.viewport ?? { width: 1024, height: 720 });
      await page.goto(payload.url, { waitUntil: 'load' });
      for (const step of payload.steps ?? []) {
        if (step.click) await page.click(step.click);
        if (step.waitFor) await page.waitForFunction(step.waitFor, { timeout: 10_000 });
      }
      if (payload.screenshot) {
        mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: `${shots}/${payload.screenshot}.png` });
      }
      const result = payload.evaluate ? await page.evaluate(payload.evaluate) : null;
      return { errors, result };
    } finally {
      await page.close();
    }
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 30_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }), screenshotPlugin, visitPlugin],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
  testRunnerHtml: (framework) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><script>window.PARLEY = ${JSON.stringify(api.info)};</script><script type="module" src="${framework}"></script></body></html>`,
  reporters: [defaultReporter(), countReporter('../../.test-output/widget.json')],
};
