import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The container image, outside Docker: the build the Dockerfile runs (its `RUN sh tooling/build-bundles.sh`, the same
 * npm command `npm start` runs) and then the image's own CMD and ENV, with NODE_ENV=production, from the repository
 * root (the image's WORKDIR). What every deploy path must serve besides the API has to answer: the widget bundles,
 * the console and the health check. CI runs on a fresh clone, so the bundles are built here, not assumed.
 */
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const run = promisify(execFile);

interface Image {
  buildCommands: string[];
  cmd: string[];
  env: Record<string, string>;
}

/** The Dockerfile's build commands, and the runtime stage's CMD and ENV. */
function readDockerfile(text: string): Image {
  const lines = text.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim());
  const stages = lines.join('\n').split(/^FROM /m);
  const runtime = stages.at(-1)!.split('\n');
  const cmdLine = runtime.find((l) => l.startsWith('CMD '));
  const env: Record<string, string> = {};
  for (const l of runtime.filter((l) => l.startsWith('ENV '))) {
    for (const m of l.slice(4).matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g)) env[m[1]!] = m[2]!.replace(/^"|"$/g, '');
  }
  const buildCommands = lines
    .filter((l) => l.startsWith('RUN ') && l.includes('tooling/build-bundles.sh'))
    .flatMap((l) => l.slice(4).split('&&').map((c) => c.trim()))
    .filter((c) => c.includes('tooling/build-bundles.sh'));
  return { buildCommands, cmd: cmdLine ? (JSON.parse(cmdLine.slice(4)) as string[]) : [], env };
}

let image: Image;
let child: ChildProcess | undefined;
let base = '';
let out = '';
let dataDir = '';

beforeAll(async () => {
  image = readDockerfile(await readFile(join(repoRoot, 'Dockerfile'), 'utf8'));
  expect(image.buildCommands).toEqual(['sh tooling/build-bundles.sh']);
  // `npm start` builds with the very command the script runs.
  const rootPkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
  const script = await readFile(join(repoRoot, 'tooling/build-bundles.sh'), 'utf8');
  expect(rootPkg.scripts.start).toContain('npm run build --workspace @parley/widget --workspace @parley/console');
  expect(script).toContain('npm run build --workspace @parley/widget --workspace @parley/console');
  for (const command of image.buildCommands) await run('sh', ['-c', command], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
  // What `build-bundles.sh --worker-assets` adds for Workers (here, not in a second build: one build per test run).
  await run(process.execPath, ['--import', 'tsx', 'tooling/worker-assets.mjs'], { cwd: repoRoot });

  dataDir = await mkdtemp(join(tmpdir(), 'parley-deploy-'));
  const [exe, ...args] = image.cmd;
  expect(exe).toBe('node');
  child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...image.env,
      NODE_ENV: 'production',
      // The image listens on 0.0.0.0:8787; here a free loopback port, and a throwaway data directory for /data.
      HOST: '127.0.0.1',
      PORT: '0',
      PARLEY_DATA_DIR: dataDir,
      PARLEY_INTERVIEWER: 'offline',
      OPENAI_API_KEY: '',
      OPENAI_BASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    child!.stdout!.on('data', () => {
      const m = /"event":"listening","port":(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child!.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  base = `http://127.0.0.1:${port}`;
}, 180_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    await new Promise<void>((resolve) => {
      child!.once('exit', () => resolve());
      child!.kill('SIGTERM');
    });
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the production image, built and started outside Docker', () => {
  it('runs as the Dockerfile says: production, 0.0.0.0:8787, data under /data, a health check', async () => {
    expect(image.env).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '8787', PARLEY_DATA_DIR: '/data' });
    const dockerfile = await readFile(join(repoRoot, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n?.*\/healthz/m);
    expect(dockerfile).toMatch(/^EXPOSE 8787$/m);
    expect(dockerfile).toMatch(/^VOLUME \/data$/m);
  });

  it.each(['/widget/parley.js', '/widget/parley-interview.js'])('serves the widget bundle %s', async (path) => {
    const res = await fetch(base + path);
    expect(res.status, out).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await res.text()).length).toBeGreaterThan(100);
  });

  it('serves the console and its bundle', async () => {
    const page = await fetch(base + '/console');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/console/console.js');
    expect((await fetch(base + '/console/console.js')).status).toBe(200);
    expect((await fetch(base + '/console/console.css')).status).toBe(200);
  });

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(base + '/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true });
    expect((await fetch(base + '/readyz')).status).toBe(200);
  });
});

describe('the Workers static assets (wrangler.toml [assets])', () => {
  it('serve the widget at /widget/* and the console at /console/ in workerd, everything else going to the worker', async () => {
    const toml = await readFile(join(repoRoot, 'packages/api/wrangler.toml'), 'utf8');
    const directory = /^\[assets\]\s*\ndirectory = "([^"]+)"/m.exec(toml)?.[1];
    expect(directory).toBe('./dist/worker-assets');
    const dir = await mkdtemp(join(tmpdir(), 'parley-assets-'));
    await writeFile(join(dir, 'stub.js'), "export default { fetch: () => new Response('from the worker') };");
    const mf = new Miniflare({
      modules: true,
      scriptPath: join(dir, 'stub.js'),
      modulesRoot: dir,
      compatibilityDate: '2026-04-26',
      assets: {
        directory: join(repoRoot, 'packages/api', directory!),
        routerConfig: { has_user_worker: true },
        assetConfig: { html_handling: 'auto-trailing-slash', not_found_handling: 'none' },
      },
    });
    try {
      const get = async (path: string) => {
        const res = await mf.dispatchFetch(`https://parley.example${path}`, { redirect: 'manual' });
        return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
      };
      const { version } = JSON.parse(await readFile(join(repoRoot, 'packages/widget/package.json'), 'utf8'));
      for (const path of ['/widget/parley.js', '/widget/parley-interview.js', `/widget/v${version}/parley.js`, `/widget/v${version}/parley-interview.js`, '/console/console.js']) {
        const res = await get(path);
        expect(res.status, path).toBe(200);
        expect(res.type).toMatch(/^text\/javascript/);
      }
      const consolePage = await get('/console/');
      expect(consolePage.status).toBe(200);
      expect(consolePage.text).toContain('/console/console.js');
      expect((await get('/console')).status).toBe(307);
      expect((await get('/v1/studies')).text).toBe('from the worker');
      const headers = await readFile(join(repoRoot, 'packages/api', directory!, '_headers'), 'utf8');
      expect(headers).toContain('Content-Security-Policy: default-src');
      expect(headers).toContain('Access-Control-Allow-Origin: *');
      // The pinned folder replaces the 5-minute cache of /widget/* (`!` detaches it) with an immutable one.
      expect(headers).toContain(`/widget/v${version}/*\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable`);
      // Its bytes are exactly the ones whose hashes the manifest publishes for SRI.
      const manifest = JSON.parse((await get('/widget/manifest.json')).text);
      expect(manifest.version).toBe(version);
      const pinned = await mf.dispatchFetch(`https://parley.example/widget/v${version}/parley.js`);
      const digest = createHash('sha384').update(Buffer.from(await pinned.arrayBuffer())).digest('base64');
      expect(manifest.integrity['parley.js']).toBe(`sha384-${digest}`);
    } finally {
      await mf.dispose();
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
