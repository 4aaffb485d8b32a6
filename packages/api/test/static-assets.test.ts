import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { staticAssetRoutes } from '../src/runtime/static-assets.ts';
import type { AppEnv } from '../src/http/app-env.ts';

const routes = () => new Hono<AppEnv>().route('/', staticAssetRoutes({ publishableKey: 'pk_test', studies: {} as never }));

describe('what npm start serves besides the API', () => {
  it('serves the console shell at /console under a strict CSP: its own script and styles only, no inline code', async () => {
    for (const path of ['/console', '/console/']) {
      const res = await routes().request(path);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      const html = await res.text();
      expect(html).toContain('<script type="module" src="/console/console.js"></script>');
      expect(html).not.toMatch(/<script>|style=/);
    }
  });

  it('serves only the console bundle files, never other paths under /console', async () => {
    expect((await routes().request('/console/../package.json')).status).toBe(404);
    expect((await routes().request('/console/secret.txt')).status).toBe(404);
  });

  it('sends static scripts gzipped to browsers that accept it (the demo\'s here: bundles are built by other packages)', async () => {
    const app = routes();
    for (const path of ['/demo/demo.js']) {
      const res = await app.request(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
      const plain = await app.request(path);
      expect(plain.headers.get('content-encoding'), path).toBeNull();
    }
  });
});
