import { beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
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

  describe('the widget at a versioned, immutable URL', () => {
    const widget = new URL('../../widget/', import.meta.url);
    const version = JSON.parse(readFileSync(new URL('package.json', widget), 'utf8')).version as string;
    beforeAll(async () => {
      if (!existsSync(new URL('dist/manifest.json', widget))) await promisify(execFile)('npm', ['run', 'build'], { cwd: widget });
    }, 120_000);

    it('serves each bundle at /widget/v<version>/ for a year, immutable, and /widget/ for minutes', async () => {
      const app = routes();
      for (const name of ['parley.js', 'parley-interview.js']) {
        const pinned = await app.request(`/widget/v${version}/${name}`);
        expect(pinned.status, name).toBe(200);
        expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        // crossorigin="anonymous" (needed by integrity=) loads it only with CORS.
        expect(pinned.headers.get('access-control-allow-origin')).toBe('*');
        const current = await app.request(`/widget/${name}`);
        expect(current.headers.get('cache-control')).toBe('public, max-age=300');
        expect(await pinned.text()).toBe(await current.text());
      }
    });

    it('publishes the SRI hash of the exact bytes served at /widget/manifest.json', async () => {
      const app = routes();
      const res = await app.request('/widget/manifest.json');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const manifest = (await res.json()) as { version: string; path: string; integrity: Record<string, string> };
      expect(manifest.version).toBe(version);
      expect(manifest.path).toBe(`v${version}/`);
      for (const name of ['parley.js', 'parley-interview.js']) {
        const plain = Buffer.from(await (await app.request(`/widget/${manifest.path}${name}`)).arrayBuffer());
        expect(manifest.integrity[name], name).toBe(`sha384-${createHash('sha384').update(plain).digest('base64')}`);
        // Gzipped on the wire, the bytes a browser checks the hash against are the same once decoded.
        const gz = await app.request(`/widget/${manifest.path}${name}`, { headers: { 'accept-encoding': 'gzip' } });
        expect(gz.headers.get('content-encoding')).toBe('gzip');
        expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(plain)).toBe(true);
      }
    });

    it('serves no other version under a versioned path, nor anything but bundles', async () => {
      const app = routes();
      expect((await app.request('/widget/v0.0.0-old/parley.js')).status).toBe(404);
      expect((await app.request(`/widget/v${version}/manifest.json`)).status).toBe(404);
      expect((await app.request(`/widget/v${version}/../../package.json`)).status).toBe(404);
      expect((await app.request('/widget/package.json')).status).toBe(404);
    });
  });
});
