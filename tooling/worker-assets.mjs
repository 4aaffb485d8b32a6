// Lays out packages/api/dist/worker-assets/ for the Workers static-assets binding (packages/api/wrangler.toml
// `[assets]`): the widget bundles at /widget/* and, immutable, at /widget/v<version>/*, the console at /console/ (its HTML shell and bundle), and a `_headers`
// file giving them the headers the Node server sends (CORS for the widget, the console's Content-Security-Policy).
// Run after the bundles are built: `sh tooling/build-bundles.sh --worker-assets` does both. Needs `node --import tsx`.
import { cp, mkdir, rm, writeFile, readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'packages/api/dist/worker-assets');
const { consolePage, CONSOLE_CSP } = await import('../packages/api/src/runtime/console-page.ts');

await rm(out, { recursive: true, force: true });
await mkdir(join(out, 'widget'), { recursive: true });
await mkdir(join(out, 'console'), { recursive: true });
const widgetDist = join(root, 'packages/widget/dist');
// The same bundles at /widget/ (following each release) and at /widget/v<version>/ (immutable, for SRI-pinned embeds),
// with the manifest of versions and hashes the widget's build wrote.
const { version } = JSON.parse(await readFile(join(root, 'packages/widget/package.json'), 'utf8'));
const pinned = join(out, 'widget', `v${version}`);
await mkdir(pinned, { recursive: true });
for (const name of await readdir(widgetDist)) {
  if (!name.endsWith('.js')) continue;
  await cp(join(widgetDist, name), join(out, 'widget', name));
  await cp(join(widgetDist, name), join(pinned, name));
}
await cp(join(widgetDist, 'manifest.json'), join(out, 'widget/manifest.json'));
for (const name of ['console.js', 'console.css']) await cp(join(root, 'packages/console/dist', name), join(out, 'console', name));
await writeFile(join(out, 'console/index.html'), consolePage());
await writeFile(
  join(out, '_headers'),
  `/widget/*
  Access-Control-Allow-Origin: *
  Cache-Control: public, max-age=300
  X-Content-Type-Options: nosniff
/widget/v${version}/*
  ! Cache-Control
  Cache-Control: public, max-age=31536000, immutable
/console
  Content-Security-Policy: ${CONSOLE_CSP}
  X-Frame-Options: DENY
  X-Content-Type-Options: nosniff
  Cache-Control: no-cache
/console/*
  Content-Security-Policy: ${CONSOLE_CSP}
  X-Frame-Options: DENY
  X-Content-Type-Options: nosniff
  Cache-Control: no-cache
`,
);
console.log(`worker assets ready in ${out}`);
