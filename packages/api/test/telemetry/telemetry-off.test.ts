import { afterEach, describe, expect, it } from 'vitest';
import { context, createContextKey, metrics, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { makeTestApp } from '../harness.ts';
import { readNodeEnv } from '../../src/runtime/node-env.ts';
import { startTelemetry } from '../../src/runtime/telemetry-setup.ts';
import { createTelemetry } from '../../src/telemetry/telemetry.ts';
import { instrumentStore } from '../../src/telemetry/instrument-store.ts';
import { silentLogger } from '../../src/platform/json-logger.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('telemetry off (the default)', () => {
  it('sets nothing up from an environment that does not ask for it, and registers nothing', async () => {
    const env = readNodeEnv({});
    expect(env.telemetry).toMatchObject({ otlp: null, prometheus: null });
    expect(await startTelemetry(env.telemetry, { version: 't', logger: silentLogger() })).toBeNull();
    expect(metrics.getMeterProvider().constructor.name).toBe('NoopMeterProvider');
    expect((trace.getTracerProvider() as unknown as { getDelegate(): object }).getDelegate().constructor.name).toBe('NoopTracerProvider');
    // No context manager either: nothing is carried across calls.
    const key = createContextKey('probe');
    expect(context.with(ROOT_CONTEXT.setValue(key, 1), () => context.active().getValue(key))).toBeUndefined();
  });

  it('serves interviews as before, wraps nothing, and has no /metrics on the API', async () => {
    const telemetry = createTelemetry();
    expect(telemetry.enabled).toBe(false);
    const t = await makeTestApp();
    cleanups.push(t.cleanup);
    expect(instrumentStore(t.store, telemetry)).toBe(t.store);
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    const turn = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 't1', text: 'It took three emails to get an answer.' } });
    expect(turn.status).toBe(200);
    expect(turn.json.reply.text.length).toBeGreaterThan(0);
    expect((await t.call('GET', '/metrics')).status).toBe(404);
  });
});
