import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Parley } from '@parley/sdk';
import { init } from '@parley/sdk/browser';
import { makeTestApp } from '../../../packages/api/test/harness.ts';
import { startServer, type ServerProcess } from '../../../packages/api/test/node-server.ts';
import { createOnboardingServer } from '../src/server.ts';
import { ensureOnboardingStudy } from '../src/study.ts';
import { demoUsers, type User } from '../src/users.ts';

const BASE = 'http://parley.test';

/** The participant the page hands the loader: its data-participant-id and data-attributes. */
function identityOnPage(html: string): { id: string; attributes: Record<string, string> } {
  const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
  const id = /data-participant-id="([^"]*)"/.exec(html)![1]!;
  const attributes = JSON.parse(decode(/data-attributes="([^"]*)"/.exec(html)![1]!));
  return { id: decode(id), attributes };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the product page, against a real Parley app', () => {
  let t: Awaited<ReturnType<typeof makeTestApp>>;
  let parley: Parley;
  let publishableKey: string;
  let users: User[];
  let server: Server;
  let site: string;
  const appFetch = (input: string, init: RequestInit) => t.app.fetch(new Request(input, init));

  beforeEach(async () => {
    t = await makeTestApp();
    const ws = await t.workspace();
    publishableKey = ws.publishableKey;
    parley = new Parley({ apiKey: ws.secretKey, baseUrl: BASE, fetch: appFetch });
    users = demoUsers(t.clock.now());
    server = createOnboardingServer({ parleyUrl: 'https://parley.example.com/', publishableKey, users, now: () => t.clock.now() });
    site = await listen(server);
  });
  afterEach(async () => {
    await new Promise((r) => server.close(r));
    await t.cleanup();
  });

  it('identifies the user to the loader with signedUpAt, with no inline script and a strict CSP', async () => {
    const res = await fetch(`${site}/?user=u_dana`);
    const html = await res.text();
    expect(html).toContain('<script src="https://parley.example.com/widget/parley.js" defer');
    expect(html).toContain(`data-publishable-key="${publishableKey}"`);
    expect(identityOnPage(html)).toEqual({ id: 'u_dana', attributes: { signedUpAt: users[0]!.signedUpAt, plan: 'pro' } });
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain('script-src https://parley.example.com;');
    expect(html).toContain('day 30');
    expect((await fetch(`${site}/app.css`)).headers.get('content-type')).toContain('text/css');
    expect((await fetch(`${site}/nope`)).status).toBe(404);
  });

  it('on day 30 the interview is due; on day 5 it is not (what the page tells Parley, asked through @parley/sdk/browser)', async () => {
    const study = await ensureOnboardingStudy(parley);
    const decide = async (userId: string) => {
      const participant = identityOnPage(await (await fetch(`${site}/?user=${userId}`)).text());
      return (await init({ api: BASE, publishableKey, fetch: appFetch }).identify(participant).track()).show;
    };
    expect(await decide('u_sam')).toBeNull();
    expect(await decide('u_dana')).toMatchObject({ studyId: study.id, reason: 'days_since:signedUpAt:30' });
  });

  it('sets the study up once', async () => {
    const a = await ensureOnboardingStudy(parley);
    expect(a.triggers).toEqual([{ on: 'days_since', attribute: 'signedUpAt', days: 30 }]);
    expect((await ensureOnboardingStudy(parley)).id).toBe(a.id);
  });
});

describe('`npm start` in Chromium, with the loader served by the real Parley Node server', () => {
  const exampleDir = fileURLToPath(new URL('..', import.meta.url));
  const widgetDir = fileURLToPath(new URL('../../../packages/widget/', import.meta.url));
  let api: ServerProcess | undefined;
  let example: ChildProcess | undefined;
  let browser: Browser | undefined;
  let dataDir: string | undefined;

  afterAll(async () => {
    await browser?.close();
    example?.kill('SIGKILL');
    await api?.kill();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('shows the interview to the day-30 user and nothing to the day-5 user', async () => {
    // The loader is served from the widget's build; build it if this checkout has not yet.
    if (!existsSync(join(widgetDir, 'dist', 'parley.js'))) await promisify(execFile)('npm', ['run', 'build'], { cwd: widgetDir });
    dataDir = await mkdtemp(join(tmpdir(), 'parley-onboarding-example-'));
    const keys = { PARLEY_SECRET_KEY: 'sk_example_onboarding_secret_0001', PARLEY_PUBLISHABLE_KEY: 'pk_example_onboarding_public_0001' };
    api = await startServer({ PARLEY_DATA_DIR: dataDir, PARLEY_LOG_REQUESTS: '0', ...keys });
    example = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: exampleDir,
      env: { ...process.env, PORT: '0', PARLEY_API_KEY: keys.PARLEY_SECRET_KEY, PARLEY_PUBLISHABLE_KEY: keys.PARLEY_PUBLISHABLE_KEY, PARLEY_BASE_URL: api.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    example.stderr!.on('data', (d) => (out += d));
    const [site, studyId] = await new Promise<[string, string]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`example did not start:\n${out}`)), 20_000);
      example!.stdout!.on('data', (d) => {
        out += d;
        const m = /on (http:\/\/\S+)\/ \(study (st_\w+)\)/.exec(out);
        if (m) resolve((clearTimeout(timer), [m[1]!, m[2]!]));
      });
      example!.on('exit', (code) => reject(new Error(`example exited with ${code}:\n${out}`)));
    });

    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const visit = async (user: string) => {
      const page = await browser!.newPage();
      const problems: string[] = [];
      // Failed requests are reported with their URL below (Chromium's console line for them has none).
      page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
      const eligibility = page.waitForResponse((r) => r.url().endsWith('/v1/eligibility') && r.request().method() === 'POST', { timeout: 15_000 });
      await page.goto(`${site}/?user=${user}`, { waitUntil: 'load' });
      const decision = await (await eligibility).json();
      return { page, problems, decision };
    };

    const dana = await visit('u_dana');
    expect(dana.decision.show).toMatchObject({ studyId });
    await dana.page.waitForSelector(`parley-interview[study="${studyId}"][participant-id="u_dana"]`, { timeout: 15_000 });
    // The element loaded, started the interview and shows the study's welcome (the day-30 study may be one the
    // server already had, such as the demo's: the example reuses a live study with the same rule).
    const study = await new Parley({ apiKey: keys.PARLEY_SECRET_KEY, baseUrl: api.url }).studies.retrieve(studyId);
    const welcome = study.experience.welcomeMessage;
    await dana.page.waitForFunction((text) => document.querySelector('parley-interview')?.shadowRoot?.textContent?.includes(text), { timeout: 15_000 }, welcome);
    expect(dana.problems).toEqual([]);

    const sam = await visit('u_sam');
    expect(sam.decision.show).toBeNull();
    await new Promise((r) => setTimeout(r, 300));
    expect(await sam.page.$('parley-interview')).toBeNull();
    expect(sam.problems).toEqual([]);
  });
});
