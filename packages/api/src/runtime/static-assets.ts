import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AppEnv } from '../http/app-env.ts';
import { publicBaseUrl } from '../http/public-origin.ts';
import { demoPage } from './demo/demo-page.ts';
import { CONSOLE_CSP, consolePage } from './console-page.ts';
import { DEMO_CSP } from './demo-csp.ts';
import type { DemoStudies } from './demo/demo-studies.ts';
import { consoleDist, widgetDist, widgetVersion } from './bundle-dirs.ts';

const demoDir = fileURLToPath(new URL('./demo/', import.meta.url));
const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', json: 'application/json; charset=utf-8' };
// The widget's version names its immutable folder, /widget/v<version>/: those bytes never change, so browsers and CDNs
// keep them a year and SRI hashes (dist/manifest.json, written by the widget's build) stay true.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const NOT_BUILT = 'Widget bundle not built: run `npm run build -w @parley/widget` (npm start does it).';

/**
 * What `npm start` serves besides the API: the widget's bundles at /widget/*, the console at /console, and the demo app
 * at / — or, with the demo off (`null`, see demo-setting.ts), a redirect from / to the console and no demo files.
 */
export function staticAssetRoutes(demo: { publishableKey: string; studies: DemoStudies } | null) {
  const file = async (dir: string, name: string, cache: string) => {
    const body = await readFile(join(dir, name)).catch(() => null);
    if (!body) return null;
    return new Response(body, { headers: { 'content-type': TYPES[name.split('.').pop()!] ?? 'application/octet-stream', 'cache-control': cache, 'access-control-allow-origin': '*' } });
  };
  return new Hono<AppEnv>()
    // Bundles go out gzipped when the browser accepts it (size budgets are gzip sizes); API responses are not touched.
    .use('/widget/*', compress())
    .use('/console/*', compress())
    .use('/demo/*', compress())
    // The unversioned URLs follow each release within minutes; the manifest says which version and hashes are current.
    .get('/widget/:name{[a-z0-9-]+\\.js}', async (c) => (await file(widgetDist, c.req.param('name'), 'public, max-age=300')) ?? c.text(NOT_BUILT, 404))
    .get('/widget/manifest.json', async (c) => (await file(widgetDist, 'manifest.json', 'public, max-age=300')) ?? c.text(NOT_BUILT, 404))
    // Only this build's version is served: another version's bytes are not here, and these must not pass for them.
    .get('/widget/:version{v[0-9][0-9a-z.+-]*}/:name{[a-z0-9-]+\\.js}', async (c) => {
      if (c.req.param('version') !== `v${widgetVersion}`) return c.text(`This server has widget v${widgetVersion} only.`, 404);
      const res = await file(widgetDist, c.req.param('name'), IMMUTABLE);
      return res ?? c.text(NOT_BUILT, 404);
    })
    .get('/console/:name{console\\.(js|css)}', async (c) => {
      const res = await file(consoleDist, c.req.param('name'), 'no-cache');
      return res ?? c.text('Console bundle not built: run `npm run build -w @parley/console` (npm start does it).', 404);
    })
    .on('GET', ['/console', '/console/'], (c) => {
      c.header('content-security-policy', CONSOLE_CSP);
      return c.html(consolePage());
    })
    .get('/demo/:name{demo\\.(js|css)}', async (c) => (demo ? await file(demoDir, c.req.param('name'), 'no-cache') : null) ?? c.notFound())
    // 302, not 301: a browser must not remember it, in case the demo is turned back on.
    .get('/', (c) => {
      if (!demo) return c.redirect('/console', 302);
      c.header('content-security-policy', DEMO_CSP);
      return c.html(demoPage({ ...demo, api: publicBaseUrl(c) }));
    });
}
