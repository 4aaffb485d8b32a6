import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Parley } from '@parley/sdk';
import { init } from '@parley/sdk/browser';
import { makeTestApp } from '../../../packages/api/test/harness.ts';
import { startServer, type ServerProcess } from '../../../packages/api/test/node-server.ts';
import { createHelpdeskServer, type TicketSolvedAnswer } from '../src/server.ts';
import { ensureSupportStudy } from '../src/study.ts';

const SECRET = 'helpdesk-shared-secret-123';
const BASE = 'http://parley.test';

/** A Zendesk-like "ticket solved" webhook body. */
const ticket = (over: Record<string, unknown> = {}) => ({
  ticket: { id: 48213, status: 'solved', channel: 'chat', type: 'billing', subject: 'Charged twice', requester: { id: 'cust_7', email: 'ana@example.com' }, ...over },
});

describe('the webhook receiver, against a real Parley app', () => {
  let t: Awaited<ReturnType<typeof makeTestApp>>;
  let parley: Parley;
  let server: Server;
  let url: string;
  let lines: string[];
  let publishableKey: string;
  let sent: { path: string; body: string; idempotencyKey: string | null }[];

  beforeEach(async () => {
    t = await makeTestApp();
    const ws = await t.workspace();
    publishableKey = ws.publishableKey;
    sent = [];
    const fetch = (input: string, init: RequestInit) => {
      const request = new Request(input, init);
      sent.push({ path: new URL(input).pathname, body: String(init.body ?? ''), idempotencyKey: request.headers.get('idempotency-key') });
      return t.app.fetch(request);
    };
    parley = new Parley({ apiKey: ws.secretKey, baseUrl: BASE, fetch, maxRetries: 0 });
    lines = [];
    server = createHelpdeskServer({ parley, sharedSecret: SECRET, log: (l) => lines.push(l) });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/ticket-solved`;
  });
  afterEach(async () => {
    await new Promise((r) => server.close(r));
    await t.cleanup();
  });

  const deliver = (body: unknown, secret: string | null = SECRET) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(secret ? { 'x-helpdesk-secret': secret } : {}) }, body: JSON.stringify(body) });

  it('a solved ticket gets the customer an interview link, and an in-app prompt on their next visit', async () => {
    const study = await ensureSupportStudy(parley);
    const res = await deliver(ticket());
    expect(res.status).toBe(200);
    const answer = (await res.json()) as TicketSolvedAnswer;
    expect(answer).toEqual({ participantId: 'cust_7', invitations: [{ studyId: study.id, id: expect.stringMatching(/^in_/), url: expect.stringContaining('/i/in_'), expiresAt: expect.any(String) }] });
    expect(lines).toEqual([`Invite ana@example.com to a post-case interview: ${answer.invitations[0]!.url}`]);
    // The link opens the hosted interview page.
    const page = await t.app.request(new URL(answer.invitations[0]!.url).pathname);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<parley-interview');
    // Next visit: the product's front end asks with the publishable key, and the interview is due.
    const browser = init({ api: BASE, publishableKey, participant: { id: 'cust_7' }, fetch: (u, i) => t.app.fetch(new Request(u, i)) });
    expect((await browser.track()).show).toMatchObject({ studyId: study.id });
  });

  it('reports the ticket id, channel and issue type, so the analysis can split by them', async () => {
    await ensureSupportStudy(parley);
    await deliver(ticket({ channel: 'phone', type: 'bug' }));
    const event = sent.find((r) => r.path === '/v1/events')!;
    expect(JSON.parse(event.body)).toEqual({
      participantId: 'cust_7',
      event: 'support_ticket_solved',
      properties: { ticketId: '48213', channel: 'phone', issueType: 'bug' },
      attributes: { supportChannel: 'phone', lastIssueType: 'bug' },
    });
    expect(event.idempotencyKey).toBe('helpdesk-ticket-48213-solved');
  });

  it('a redelivered webhook (same ticket) gets the same invitation back, not a second one', async () => {
    await ensureSupportStudy(parley);
    const first = (await (await deliver(ticket())).json()) as TicketSolvedAnswer;
    const again = (await (await deliver(ticket())).json()) as TicketSolvedAnswer;
    expect(again.invitations).toEqual(first.invitations);
  });

  it('refuses a wrong or missing shared secret, and sends nothing to Parley', async () => {
    expect((await deliver(ticket(), 'nope')).status).toBe(401);
    expect((await deliver(ticket(), null)).status).toBe(401);
    expect(lines).toEqual([]);
  });

  it('ignores tickets that are not solved, and rejects malformed bodies', async () => {
    const res = await deliver(ticket({ status: 'open' }));
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ ignored: 'ticket is open' });
    expect((await deliver({ nope: true })).status).toBe(400);
    expect((await deliver(ticket({ requester: {} }))).status).toBe(400);
    expect((await fetch(url, { method: 'POST', headers: { 'x-helpdesk-secret': SECRET }, body: '{' })).status).toBe(400);
    expect((await fetch(url)).status).toBe(405);
  });

  it('answers 502 (so the help desk redelivers) when Parley is unreachable', async () => {
    const down = new Parley({ apiKey: 'sk_x_down_down', baseUrl: BASE, fetch: () => Promise.reject(new TypeError('fetch failed')), maxRetries: 0 });
    const other = createHelpdeskServer({ parley: down, sharedSecret: SECRET, log: () => {} });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(other.address() as AddressInfo).port}/webhooks/ticket-solved`, {
        method: 'POST',
        headers: { 'x-helpdesk-secret': SECRET },
        body: JSON.stringify(ticket()),
      });
      expect(res.status).toBe(502);
      expect(await res.json()).toMatchObject({ error: 'Parley did not take the event', type: 'APIConnectionError' });
    } finally {
      await new Promise((r) => other.close(r));
    }
  });

  it('finds the study it made before instead of making another', async () => {
    const a = await ensureSupportStudy(parley);
    const b = await ensureSupportStudy(parley);
    expect(b.id).toBe(a.id);
  });
});

describe('`npm start`, against the real Parley Node server', () => {
  const exampleDir = fileURLToPath(new URL('..', import.meta.url));
  let api: ServerProcess | undefined;
  let example: ChildProcess | undefined;
  let dataDir: string;
  afterAll(async () => {
    example?.kill('SIGKILL');
    await api?.kill();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('receives a webhook and returns a working interview link', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'parley-helpdesk-example-'));
    const secretKey = 'sk_example_helpdesk_secret_key_0001';
    api = await startServer({ PARLEY_DATA_DIR: dataDir, PARLEY_SECRET_KEY: secretKey, PARLEY_LOG_REQUESTS: '0' });
    example = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: exampleDir,
      env: { ...process.env, PORT: '0', PARLEY_API_KEY: secretKey, PARLEY_BASE_URL: api.url, HELPDESK_SHARED_SECRET: SECRET },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    example.stdout!.on('data', (d) => (out += d));
    example.stderr!.on('data', (d) => (out += d));
    const hook = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`example did not start:\n${out}`)), 20_000);
      example!.stdout!.on('data', () => {
        const m = /on (http:\/\/\S+\/webhooks\/ticket-solved)/.exec(out);
        if (m) resolve((clearTimeout(timer), m[1]!));
      });
      example!.on('exit', (code) => reject(new Error(`example exited with ${code}:\n${out}`)));
    });
    const res = await fetch(hook, { method: 'POST', headers: { 'x-helpdesk-secret': SECRET }, body: JSON.stringify(ticket()) });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as TicketSolvedAnswer;
    expect(answer.invitations).toHaveLength(1);
    const link = answer.invitations[0]!.url;
    expect(link.startsWith(api.url)).toBe(true);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<parley-interview');
    expect(out).toContain(`Invite ana@example.com to a post-case interview: ${link}`);
  });
});
