import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { startApi } from '../../tooling/browser-tests/start-api.mjs';
import { countReporter } from '../../tooling/browser-tests/count-reporter.mjs';
import { debianChromium, screenshotPlugin, visitPlugin } from '../../tooling/browser-tests/plugins.mjs';

// The demo app at / is on by default only without keys in the environment; these tests set keys and visit the demo.
process.env.PARLEY_DEMO ??= 'on';
const api = await startApi('widget');
const shots = '../../.test-output/screenshots';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 30_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }), screenshotPlugin(shots), visitPlugin(shots)],
  browsers: [debianChromium()],
  testRunnerHtml: (framework) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><script>window.PARLEY = ${JSON.stringify(api.info)};</script><script type="module" src="${framework}"></script></body></html>`,
  reporters: [defaultReporter(), countReporter('../../.test-output/widget.json')],
};
