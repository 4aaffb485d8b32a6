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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 30_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }), screenshotPlugin],
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
