import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from '../harness.ts';
import { staticAssetRoutes } from '../../src/runtime/static-assets.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => {
  t = await makeTestApp();
  // Mounted as runtime/node.ts mounts them, after the API.
  t.app.route('/', staticAssetRoutes({ publishableKey: 'pk_demo_key_000000001', studies: { support: 'st_1', onboarding: 'st_2' } as never }));
});
afterEach(() => t.cleanup());

const expectBaseline = (res: Response, what: string) => {
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  expect(res.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
  // Customers' pages load the widget and call the API from their own origins.
  expect(res.headers.get('cross-origin-resource-policy'), what).toBe('cross-origin');
};

describe('security headers', () => {
  it('sends nosniff, no framing and a CSP that allows nothing on API answers, errors included', async () => {
    for (const path of ['/healthz', '/openapi.json', '/v1/studies', '/v1/no-such-route']) {
      const res = await t.app.request(path);
      expectBaseline(res, path);
      expect(res.headers.get('content-security-policy'), path).toContain("default-src 'none'");
    }
  });

  it('gives the demo page a CSP of its own scripts, styles and API, and keeps the console\'s own CSP', async () => {
    const demo = await t.app.request('/');
    expect(demo.status).toBe(200);
    expectBaseline(demo, '/');
    const csp = demo.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    // The demo's scripts are files, not inline code, so the CSP lets them run.
    expect(await demo.text()).not.toMatch(/<script>|style=/);
    const console = await t.app.request('/console');
    expectBaseline(console, '/console');
    expect(console.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('keeps the hosted interview page\'s CSP, which lets the widget load and talk to the API', async () => {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const res = await t.app.request(`/i/s/${st.id}`);
    expect(res.status).toBe(200);
    expectBaseline(res, '/i/s');
    expect(res.headers.get('content-security-policy')).toContain('script-src http://localhost');
  });
});
