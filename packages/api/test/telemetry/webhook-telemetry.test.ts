import { afterEach, describe, expect, it } from 'vitest';
import type { Histogram } from '@opentelemetry/sdk-metrics';
import { makeTestApp } from '../harness.ts';
import { receiver, until } from '../webhooks/receiver.ts';
import { histogramCount, memoryTelemetry } from './kit.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('telemetry of webhook deliveries', () => {
  it('counts attempts by outcome (retrying, delivered, failed) with their latency, never the URL', async () => {
    const kit = memoryTelemetry();
    // Delivering to the loopback receiver needs the self-hoster's explicit setting.
    const t = await makeTestApp({ telemetry: kit.telemetry, config: { adminKey: 'ak_test_admin_key_0123456789', version: 't', maxBodyBytes: 65536, webhookRetryDelaysMs: [20], webhookAllowPrivate: true } });
    const flaky = await receiver(1);
    const down = await receiver(Infinity);
    cleanups.push(kit.close, t.cleanup, flaky.close, down.close);
    const ws = await t.workspace();
    for (const url of [flaky.url, down.url]) {
      expect((await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url, events: ['invitation.created'] } })).status).toBe(201);
    }
    const st = await t.study(ws.secretKey);
    expect((await t.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id } })).status).toBe(201);
    // flaky: 500 then 204 (retrying, delivered); down: 500 twice (retrying, failed).
    await until(() => flaky.delivered().length === 1 && down.requests.length === 2);
    const count = async () => {
      const points = await kit.points<number>('parley.webhook.deliveries');
      return points.map((p) => `${p.attributes['parley.webhook.outcome']}:${p.attributes['http.response.status_code']}:${p.value}`).sort();
    };
    await until(async () => (await count()).length === 3);
    expect(await count()).toEqual(['delivered:204:1', 'failed:500:1', 'retrying:500:2']);
    const latency = await kit.points<Histogram>('parley.webhook.duration');
    expect(histogramCount(latency)).toBe(4);
    expect(latency.every((p) => p.attributes['parley.webhook.event'] === 'invitation.created')).toBe(true);
    for (const v of await kit.everyAttributeValue()) expect(v).not.toContain('127.0.0.1');
  });
});
