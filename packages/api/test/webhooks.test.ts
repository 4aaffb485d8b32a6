import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { createHmac } from 'node:crypto';
import { makeTestApp } from './harness.ts';

interface Received {
  body: string;
  signature: string;
  attempt: string;
}

/** A real HTTP receiver on 127.0.0.1 that fails the first `failures` deliveries with a 500. */
async function receiver(failures: number) {
  const received: Received[] = [];
  let seen = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      seen++;
      if (seen <= failures) return res.writeHead(500).end('not yet');
      received.push({ body, signature: String(req.headers['parley-signature']), attempt: String(req.headers['parley-delivery-attempt']) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/hooks`, received, attempts: () => seen, close: () => new Promise((r) => server.close(r)) };
}

/** Verifies a delivery the way a receiver should: HMAC-SHA256 of "t.body" with the secret, within 5 minutes. */
function verify(body: string, header: string, secret: string, nowSeconds: number): boolean {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest('hex');
  return expected === parts.v1 && Math.abs(nowSeconds - Number(parts.t)) <= 300;
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setup(failures: number) {
  // Delivering to the loopback receiver below needs the self-hoster's explicit setting (off by default: no SSRF).
  const t = await makeTestApp({ config: { adminKey: 'ak_test_admin_key_0123456789', version: 't', maxBodyBytes: 65536, webhookRetryDelaysMs: [20, 40, 80], webhookAllowPrivate: true } });
  const hook = await receiver(failures);
  cleanups.push(t.cleanup, hook.close);
  const ws = await t.workspace();
  return { t, hook, ws };
}

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('webhooks', () => {
  it('creates an endpoint with a secret shown once, lists it without the secret, deletes it', async () => {
    const { t, hook, ws } = await setup(0);
    const res = await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: hook.url, events: ['session.completed'] } });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ url: hook.url, events: ['session.completed'], secret: expect.stringMatching(/^whsec_/) });
    const list = await t.call('GET', '/v1/webhooks', { key: ws.secretKey });
    expect(list.json.data).toEqual([{ id: res.json.id, url: hook.url, events: ['session.completed'], createdAt: res.json.createdAt }]);
    expect((await t.call('DELETE', `/v1/webhooks/${res.json.id}`, { key: ws.secretKey })).status).toBe(204);
    expect((await t.call('DELETE', `/v1/webhooks/${res.json.id}`, { key: ws.secretKey })).status).toBe(404);
  });

  it('refuses bad URLs and unknown events', async () => {
    const { t, ws } = await setup(0);
    const res = await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: 'ftp://x', events: ['session.exploded'] } });
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['url', 'events.0']));
  });

  it('delivers session.completed signed, and a receiver that fails twice gets it on the third try', async () => {
    const { t, hook, ws } = await setup(2);
    const created = await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: hook.url, events: ['session.completed'] } });
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    const ended = await t.call('POST', `/v1/sessions/${se.id}/end`, { key: se.token, body: { reason: 'completed' } });
    expect(ended.status).toBe(200);
    await until(() => hook.received.length === 1);
    expect(hook.attempts()).toBe(3);
    const [delivery] = hook.received;
    expect(delivery!.attempt).toBe('3');
    const body = JSON.parse(delivery!.body);
    expect(body).toMatchObject({ type: 'session.completed', workspaceId: ws.id, data: { sessionId: se.id, studyId: st.id } });
    const now = Math.floor(t.clock.now().getTime() / 1000);
    expect(verify(delivery!.body, delivery!.signature, created.json.secret, now)).toBe(true);
    expect(verify(delivery!.body.replace(se.id, 'se_forged'), delivery!.signature, created.json.secret, now)).toBe(false);
    expect(verify(delivery!.body, delivery!.signature, created.json.secret, now + 600)).toBe(false);
    expect(verify(delivery!.body, delivery!.signature, 'whsec_wrong', now)).toBe(false);
  });

  it('sends invitation.created for server events, only to subscribers, without delaying the response', async () => {
    const { t, hook, ws } = await setup(0);
    await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: hook.url, events: ['invitation.created'] } });
    await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: `${hook.url}/other`, events: ['session.completed'] } });
    const st = await t.study(ws.secretKey, { triggers: [{ on: 'event', event: 'support_ticket_solved' }] });
    const res = await t.call('POST', '/v1/events', { key: ws.secretKey, body: { participantId: 'u_1', event: 'support_ticket_solved' } });
    expect(res.json.matched).toHaveLength(1);
    await until(() => hook.received.length === 1);
    expect(JSON.parse(hook.received[0]!.body)).toMatchObject({ type: 'invitation.created', data: { studyId: st.id, participantId: 'u_1', invitation: { id: res.json.matched[0].invitation.id } } });
  });

  it('sends session.completed when the interview itself completes', async () => {
    const { t, hook, ws } = await setup(0);
    await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: hook.url, events: ['session.completed'] } });
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    const res = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 't1', text: 'I want to stop now.' } });
    expect(res.json.status).toBe('completed');
    await until(() => hook.received.length === 1);
    expect(JSON.parse(hook.received[0]!.body).data).toMatchObject({ sessionId: se.id, endReason: 'participant_stopped', outcome: 'stopped_early' });
  });
});

describe('webhooks cannot reach into the server\'s own network (SSRF)', () => {
  const refused = [
    'http://127.0.0.1:8080/hook', 'http://localhost:6379/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/x', 'http://0.0.0.0/',
    'http://2130706433/', 'http://0x7f000001/', 'http://127.1/', 'http://[::ffff:127.0.0.1]/', 'http://127.0.0.1.nip.io/', 'http://metadata.google.internal/',
    'http://10.1.2.3/', 'http://192.168.1.10/', 'http://172.16.0.1/', 'http://100.64.0.1/', 'https://user:pass@hooks.example.com/', 'http://[fd00::1]/', 'http://[fe80::1]/',
  ];
  it.each(refused)('refuses %s with a 400 naming the url', async (url) => {
    const t = await makeTestApp();
    cleanups.push(t.cleanup);
    const ws = await t.workspace();
    const res = await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url, events: ['session.completed'] } });
    expect(res.status).toBe(400);
    expect(res.json.error.issues[0].path).toBe('url');
  });

  it('refuses a public-looking name that resolves to a private address, and checks again at delivery time (DNS rebinding)', async () => {
    let answer = ['93.184.216.34'];
    const sent: string[] = [];
    const t = await makeTestApp({
      resolveHost: async () => answer,
      outboundFetch: async (input) => {
        sent.push(String(input));
        return new Response('ok');
      },
    });
    cleanups.push(t.cleanup);
    const ws = await t.workspace();
    answer = ['10.0.0.7'];
    const rebound = await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: 'https://hooks.attacker.example/x', events: ['invitation.created'] } });
    expect(rebound.status).toBe(400);
    answer = ['93.184.216.34'];
    const ok = await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: 'https://hooks.attacker.example/y', events: ['invitation.created'] } });
    expect(ok.status).toBe(201);
    // Now the name points inside the network: the delivery is refused, nothing is sent.
    answer = ['127.0.0.1'];
    const st = await t.study(ws.secretKey);
    await t.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id } });
    await new Promise((r) => setTimeout(r, 100));
    expect(sent).toEqual([]);
  });

  it('does not follow a redirect with the signed body', async () => {
    const sent: RequestInit[] = [];
    const t = await makeTestApp({
      resolveHost: async () => ['93.184.216.34'],
      config: { adminKey: 'ak_test_admin_key_0123456789', version: 't', maxBodyBytes: 65536, webhookRetryDelaysMs: [] },
      outboundFetch: async (_input, init) => {
        sent.push(init!);
        return new Response(null, { status: 307, headers: { location: 'http://169.254.169.254/' } });
      },
    });
    cleanups.push(t.cleanup);
    const ws = await t.workspace();
    await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: 'https://hooks.example.com/z', events: ['invitation.created'] } });
    const st = await t.study(ws.secretKey);
    await t.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id } });
    await new Promise((r) => setTimeout(r, 100));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.redirect).toBe('manual');
  });
});
