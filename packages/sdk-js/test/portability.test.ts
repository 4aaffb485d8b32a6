import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Miniflare, Response as MiniflareResponse, type Request as MiniflareRequest } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../../api/test/harness.ts';
import { signWebhook } from '../src/index.ts';

const src = new URL('../src/', import.meta.url);

/** Every source file of the SDK, relative to src/. */
function sources(dir = ''): string[] {
  return readdirSync(new URL(dir, src), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(`${dir}${e.name}/`) : e.name.endsWith('.ts') ? [`${dir}${e.name}`] : [],
  );
}

/** Bundles an entry as an edge or browser build would; returns the code and what it could not resolve. */
async function bundle(entry: string, platform: 'neutral' | 'browser') {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform, minify: true, write: false, metafile: true, logLevel: 'silent' });
  const code = result.outputFiles[0]!.text;
  const external = Object.values(result.metafile.inputs).flatMap((i) => i.imports.filter((x) => x.external).map((x) => x.path));
  return { code, external, inputs: Object.keys(result.metafile.inputs) };
}

describe('runs anywhere fetch and Web Crypto exist', () => {
  it('imports nothing from Node, and @parley/protocol / zod as types only', () => {
    for (const file of sources()) {
      const text = readFileSync(new URL(file, src), 'utf8');
      expect(text, file).not.toMatch(/from ['"]node:|require\(|import\(['"]node:/);
      for (const m of text.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+['"](@parley\/protocol|zod)['"]/gm)) {
        expect(m[2], `${file}: ${m[0]}`).toBe('type ');
      }
    }
  });

  it('keeps src/internal out of the public entry points', () => {
    for (const entry of ['index.ts', 'browser.ts']) {
      expect(readFileSync(new URL(entry, src), 'utf8')).not.toMatch(/export[^;]*from '\.\/internal\//);
    }
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(Object.keys(pkg.exports)).toEqual(['.', './browser']);
  });

  it('bundles for the edge and for browsers with no Node built-ins and no zod; the browser entry stays small', async () => {
    const server = await bundle(new URL('index.ts', src).pathname, 'neutral');
    expect(server.external).toEqual([]);
    const browser = await bundle(new URL('browser.ts', src).pathname, 'browser');
    expect(browser.external).toEqual([]);
    for (const b of [server, browser]) expect(b.inputs.filter((i) => /zod|protocol/.test(i))).toEqual([]);
    expect(browser.inputs.some((i) => /streaming|pagination|webhook/.test(i))).toBe(false);
    expect(gzipSync(browser.code, { level: 9 }).length).toBeLessThan(4 * 1024);
  });
});

describe('in a Cloudflare Worker (workerd, through Miniflare)', () => {
  let mf: Miniflare;
  let dir: string;
  let t: Awaited<ReturnType<typeof makeTestApp>>;
  let secretKey: string;
  const WEBHOOK_SECRET = 'whsec_edge_test';

  beforeAll(async () => {
    t = await makeTestApp();
    secretKey = (await t.workspace()).secretKey;
    dir = await mkdtemp(join(tmpdir(), 'parley-sdk-edge-'));
    const scriptPath = join(dir, 'worker.js');
    await build({ entryPoints: [new URL('fixtures/worker.ts', import.meta.url).pathname], bundle: true, format: 'esm', platform: 'neutral', outfile: scriptPath, logLevel: 'silent' });
    mf = new Miniflare({
      modules: true,
      scriptPath,
      modulesRoot: dir,
      compatibilityDate: '2026-04-26',
      bindings: { PARLEY_SECRET_KEY: secretKey, WEBHOOK_SECRET },
      // The worker's fetches to the API reach the test app in this process.
      outboundService: async (req: MiniflareRequest) => {
        const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await req.arrayBuffer();
        const res = await t.app.fetch(new Request(req.url, { method: req.method, headers: Object.fromEntries(req.headers), body }));
        return new MiniflareResponse(await res.arrayBuffer(), { status: res.status, headers: Object.fromEntries(res.headers) });
      },
    });
    await mf.ready;
  });

  afterAll(async () => {
    await mf?.dispose();
    await t?.cleanup();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('creates, lists, streams a turn and types errors', async () => {
    const res = await mf.dispatchFetch('https://worker.example/');
    const out = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(out).toMatchObject({ ids: [out.studyId], replyMatches: true, notFound: true });
    expect(out.deltas).toBeGreaterThan(1);
  });

  it('verifies webhook signatures with Web Crypto, and rejects tampering', async () => {
    const body = JSON.stringify({ id: 'evt_1', type: 'session.completed', createdAt: new Date().toISOString(), workspaceId: 'ws_1', data: {} });
    const header = await signWebhook(body, WEBHOOK_SECRET);
    const ok = await mf.dispatchFetch('https://worker.example/webhook', { method: 'POST', body, headers: { 'parley-signature': header } });
    expect(await ok.json()).toEqual({ ok: true, type: 'session.completed' });
    const bad = await mf.dispatchFetch('https://worker.example/webhook', { method: 'POST', body: body.replace('evt_1', 'evt_2'), headers: { 'parley-signature': header } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ ok: false, error: 'WebhookVerificationError' });
  });
});
