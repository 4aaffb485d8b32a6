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

const widgetDist = fileURLToPath(new URL('../../../widget/dist/', import.meta.url));
const consoleDist = fileURLToPath(new URL('../../../console/dist/', import.meta.url));
const demoDir = fileURLToPath(new URL('./demo/', import.meta.url));
const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

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
    .get('/widget/:name{[a-z0-9-]+\\.js}', async (c) => {
      const res = await file(widgetDist, c.req.param('name'), 'public, max-age=300');
      return res ?? c.text('Widget bundle not built: run `npm run build -w @parley/widget` (npm start does it).', 404);
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
