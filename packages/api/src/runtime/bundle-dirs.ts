import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The same server runs from the workspace (src/ next to packages/console) and from the published package (dist/, with
// the console's bundle copied into dist/console and the widget's bundles in the @parley/widget dependency).
const require = createRequire(import.meta.url);

const widgetManifest = require.resolve('@parley/widget/package.json');

/** Where the widget's built bundles (parley.js, parley-interview.js, locales) are: @parley/widget's dist/. */
export const widgetDist = `${join(dirname(widgetManifest), 'dist')}/`;

/** The widget's version: it names the immutable folder /widget/v<version>/ those bundles are also served from. */
export const widgetVersion = (JSON.parse(readFileSync(widgetManifest, 'utf8')) as { version: string }).version;

/** Where the console's built bundle is: beside the compiled server when published, else the console package's dist/. */
export const consoleDist = [new URL('../console/', import.meta.url), new URL('../../../console/dist/', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find((dir) => existsSync(dir)) ?? fileURLToPath(new URL('../../../console/dist/', import.meta.url));
