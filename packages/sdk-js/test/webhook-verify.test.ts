import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Parley, WebhookVerificationError } from '../src/index.ts';

const secret = 'whsec_test_0123456789';
const body = JSON.stringify({ id: 'evt_1', type: 'session.completed', createdAt: '2026-11-23T09:00:00.000Z', workspaceId: 'ws_1', data: { sessionId: 'se_1' } });
const t = 1_795_000_000;
const now = () => t * 1000;

/** The header as the API makes it, computed independently of the SDK. */
function header(payload = body, timestamp = t, key = secret): string {
  return `t=${timestamp},v1=${createHmac('sha256', key).update(`${timestamp}.${payload}`).digest('hex')}`;
}

const { verify, sign } = Parley.webhooks;

describe('Parley.webhooks.verify', () => {
  it('accepts a valid signature and returns the parsed delivery', async () => {
    expect(await verify(body, header(), secret, { now })).toMatchObject({ id: 'evt_1', type: 'session.completed', data: { sessionId: 'se_1' } });
    expect(await verify(new TextEncoder().encode(body), header(), secret, { now })).toMatchObject({ id: 'evt_1' });
  });

  it('rejects a tampered body, a tampered signature and the wrong secret', async () => {
    await expect(verify(body.replace('se_1', 'se_2'), header(), secret, { now })).rejects.toThrow(WebhookVerificationError);
    const flipped = header().replace(/v1=(.)/, (_, c) => `v1=${c === 'a' ? 'b' : 'a'}`);
    await expect(verify(body, flipped, secret, { now })).rejects.toThrow(/does not match/);
    await expect(verify(body, header(), 'whsec_other', { now })).rejects.toThrow(/does not match/);
  });

  it('rejects an old (or far future) timestamp, 300 s by default', async () => {
    await expect(verify(body, header(body, t - 301), secret, { now })).rejects.toThrow(/timestamp/);
    await expect(verify(body, header(body, t + 301), secret, { now })).rejects.toThrow(/timestamp/);
    expect(await verify(body, header(body, t - 299), secret, { now })).toBeTruthy();
    await expect(verify(body, header(body, t - 60), secret, { now, toleranceSeconds: 30 })).rejects.toThrow(/timestamp/);
    // A re-signed old body with the timestamp moved forward does not match.
    const old = header(body, t - 3600);
    await expect(verify(body, old.replace(String(t - 3600), String(t)), secret, { now })).rejects.toThrow(/does not match/);
  });

  it('rejects a missing or malformed header', async () => {
    await expect(verify(body, null, secret, { now })).rejects.toThrow(/missing/);
    await expect(verify(body, 'v1=abc', secret, { now })).rejects.toThrow(/malformed/);
    await expect(verify(body, `t=${t}`, secret, { now })).rejects.toThrow(/malformed/);
    await expect(verify(body, `t=${t},v1=not-hex`, secret, { now })).rejects.toThrow(/does not match/);
  });

  it('accepts any one matching v1 (several are sent while a secret rotates)', async () => {
    const good = header().split(',v1=')[1];
    expect(await verify(body, `t=${t},v1=${'0'.repeat(64)},v1=${good}`, secret, { now })).toBeTruthy();
  });

  it('sign() makes the header the API makes', async () => {
    expect(await sign(body, secret, t)).toBe(header());
  });

  it('uses the real clock by default', async () => {
    const fresh = await sign(body, secret);
    expect(await verify(body, fresh, secret)).toBeTruthy();
  });
});

describe('Parley.webhooks.unwrap', () => {
  it('finds parley-signature in Headers or a plain object (any case, or an array as Node gives a repeated header)', async () => {
    const { unwrap } = Parley.webhooks;
    expect(await unwrap(body, new Headers({ 'parley-signature': header() }), secret, { now })).toMatchObject({ type: 'session.completed' });
    expect(await unwrap(body, { 'Parley-Signature': header() }, secret, { now })).toMatchObject({ id: 'evt_1' });
    expect(await unwrap(body, { 'parley-signature': [header()] }, secret, { now })).toMatchObject({ id: 'evt_1' });
    await expect(unwrap(body, { 'content-type': 'application/json' }, secret, { now })).rejects.toThrow(/missing/);
  });
});
