import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { startApi } from '../../tooling/browser-tests/start-api.mjs';
import { countReporter } from '../../tooling/browser-tests/count-reporter.mjs';
import { debianChromium, screenshotPlugin, viewportPlugin, visitPlugin } from '../../tooling/browser-tests/plugins.mjs';

// The real API (which also serves the built console at /console and the widget the preview loads).
const api = await startApi('console');
const shots = '../../.test-output/screenshots';

/** Lets a test read one of the demo app's source files (the test API runs without the demo, so it does not serve them). */
const demoSourcePlugin = {
  name: 'demo-source',
  async executeCommand({ command, payload }) {
    if (command !== 'demo-source') return undefined;
    if (!/^[\w.-]+$/.test(payload.name)) throw new Error(`not a demo file name: ${payload.name}`);
    return readFile(new URL(`../api/src/runtime/demo/${payload.name}`, import.meta.url), 'utf8');
  },
};

export default {
  files: ['test/**/*.test.tsx'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 60_000 } },
  plugins: [esbuildPlugin({ ts: true, tsx: true, target: 'es2021', tsconfig: 'tsconfig.json' }), screenshotPlugin(shots), viewportPlugin, visitPlugin(shots), demoSourcePlugin],
  browsers: [debianChromium()],
  testRunnerHtml: (framework) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Parley console tests</title><link rel="stylesheet" href="/src/console.css"></head><body><script>window.PARLEY = ${JSON.stringify(api.info)};</script><script type="module" src="${framework}"></script></body></html>`,
  reporters: [defaultReporter(), countReporter('../../.test-output/console.json')],
};
