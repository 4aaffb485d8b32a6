import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { context, metrics, trace } from '@opentelemetry/api';
import { makeTestApp } from '../harness.ts';
import { readNodeEnv } from '../../src/runtime/node-env.ts';
import { startTelemetry } from '../../src/runtime/telemetry-setup.ts';
import { readTelemetrySettings } from '../../src/runtime/telemetry-settings.ts';
import type { Logger } from '../../src/deps.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A stand-in OTLP/HTTP collector on loopback: keeps every export it receives, by path. */
async function collector() {
  const received: { path: string; type: string; body: Buffer }[] = [];
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (d: Buffer) => parts.push(d));
    req.on('end', () => {
      received.push({ path: req.url ?? '', type: String(req.headers['content-type']), body: Buffer.concat(parts) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise((r) => server.close(r)) };
}

function capturingLogger() {
  const lines: { event: string; fields?: Record<string, unknown> }[] = [];
  const logger: Logger = { info: (event, fields) => lines.push({ event, ...(fields ? { fields } : {}) }), error: (event, fields) => lines.push({ event, ...(fields ? { fields } : {}) }) };
  return { logger, lines };
}

describe('telemetry in the Node runtime, turned on from the environment', () => {
  it('exports traces and metrics over OTLP to OTEL_EXPORTER_OTLP_ENDPOINT and serves Prometheus text behind its token', async () => {
    const otlp = await collector();
    cleanups.push(otlp.close);
    const env = readNodeEnv({
      PARLEY_OTEL: 'on',
      OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
      OTEL_SERVICE_NAME: 'parley-under-test',
      PARLEY_METRICS: 'prometheus',
      PARLEY_METRICS_PORT: '0',
      PARLEY_METRICS_TOKEN: 'scrape-secret-123',
    });
    const { logger, lines } = capturingLogger();
    const running = await startTelemetry(env.telemetry, { version: 'test', logger });
    expect(running).not.toBeNull();
    let stopped = false;
    cleanups.push(async () => stopped || running!.shutdown());
    expect(running!.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(lines.find((l) => l.event === 'telemetry_started')?.fields).toMatchObject({ prometheus: running!.metricsUrl, serviceName: 'parley-under-test' });
    expect(JSON.stringify(lines)).not.toContain('scrape-secret-123');

    const t = await makeTestApp({ telemetry: running!.telemetry });
    cleanups.push(t.cleanup);
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    expect((await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 't1', text: 'Support was quick.' } })).status).toBe(200);

    // Prometheus: only on its own listener, only with the token.
    expect((await t.call('GET', '/metrics')).status).toBe(404);
    expect((await fetch(running!.metricsUrl!)).status).toBe(401);
    expect((await fetch(running!.metricsUrl!, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const scrape = await fetch(running!.metricsUrl!, { headers: { authorization: 'Bearer scrape-secret-123' } });
    expect(scrape.status).toBe(200);
    const text = await scrape.text();
    expect(text).toMatch(/^# TYPE parley_turn_duration histogram$/m);
    expect(text).toMatch(/^# UNIT parley_turn_duration s$/m);
    expect(text).toMatch(/^parley_turn_duration_count\{.*parley_turn_outcome="ok".*\} 1/m);
    expect(text).toMatch(/^parley_store_duration_count\{.*parley_store_operation="commitTurn"/m);
    expect(text).toMatch(/^http_server_request_duration_count\{.*http_route="\/v1\/sessions\/:id\/turns"/m);
    expect(text).not.toMatch(/sk_|pk_/);
    expect((await fetch(running!.metricsUrl!.replace('/metrics', '/other'), { headers: { authorization: 'Bearer scrape-secret-123' } })).status).toBe(404);

    // Registered globally while running (context propagation needs it) …
    expect(metrics.getMeterProvider().constructor.name).toBe('MeterProvider');
    // … and flushed, closed and unregistered on shutdown.
    stopped = true;
    await running!.shutdown();
    const paths = otlp.received.map((r) => r.path);
    expect(paths).toContain('/v1/traces');
    expect(paths).toContain('/v1/metrics');
    const traces = Buffer.concat(otlp.received.filter((r) => r.path === '/v1/traces').map((r) => r.body)).toString('latin1');
    expect(traces).toContain('parley-under-test');
    expect(traces).toContain('parley.turn');
    expect(traces).toContain('POST /v1/sessions/:id/turns');
    const exported = Buffer.concat(otlp.received.map((r) => r.body)).toString('latin1');
    for (const secret of [ws.secretKey, ws.publishableKey, se.token, 'Support was quick']) expect(exported).not.toContain(secret);
    await expect(fetch(running!.metricsUrl!)).rejects.toThrow();
    expect(metrics.getMeterProvider().constructor.name).toBe('NoopMeterProvider');
    expect((trace.getTracerProvider() as unknown as { getDelegate(): object }).getDelegate().constructor.name).toBe('NoopTracerProvider');
    expect(context.active().getValue(Symbol.for('x'))).toBeUndefined();
  });

  it('runs Prometheus alone (no traces) on 127.0.0.1 without a token by default', async () => {
    const settings = readTelemetrySettings({ PARLEY_METRICS: 'prometheus', PARLEY_METRICS_PORT: '0' });
    expect(settings.otlp).toBeNull();
    expect(settings.prometheus).toEqual({ host: '127.0.0.1', port: 0 });
    const running = await startTelemetry(settings, { version: 'test', logger: capturingLogger().logger });
    cleanups.push(() => running!.shutdown());
    const res = await fetch(running!.metricsUrl!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect((trace.getTracerProvider() as unknown as { getDelegate(): object }).getDelegate().constructor.name).toBe('NoopTracerProvider');
  });
});

describe('telemetry settings', () => {
  it('are off by default and follow the OpenTelemetry variables when on', () => {
    expect(readTelemetrySettings({})).toEqual({ otlp: null, prometheus: null, serviceName: 'parley' });
    expect(readTelemetrySettings({ PARLEY_OTEL: 'on' }).otlp).toEqual({ tracesUrl: 'http://localhost:4318/v1/traces', metricsUrl: 'http://localhost:4318/v1/metrics', exportIntervalMs: 60_000 });
    expect(
      readTelemetrySettings({ PARLEY_OTEL: 'on', OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otel.internal:4318/', OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: 'https://m.internal/v1/metrics', OTEL_METRIC_EXPORT_INTERVAL: '15000' }).otlp,
    ).toEqual({ tracesUrl: 'https://otel.internal:4318/v1/traces', metricsUrl: 'https://m.internal/v1/metrics', exportIntervalMs: 15_000 });
    expect(readTelemetrySettings({ PARLEY_METRICS: 'prometheus', PARLEY_METRICS_HOST: '0.0.0.0', PARLEY_METRICS_TOKEN: 'x' }).prometheus).toEqual({ host: '0.0.0.0', port: 9464, token: 'x' });
    // OTEL_SDK_DISABLED wins, as the specification says.
    expect(readTelemetrySettings({ PARLEY_OTEL: 'on', PARLEY_METRICS: 'prometheus', OTEL_SDK_DISABLED: 'true' })).toMatchObject({ otlp: null, prometheus: null });
  });

  it('stop start-up on values they do not understand', () => {
    expect(() => readTelemetrySettings({ PARLEY_OTEL: 'yes' })).toThrow('PARLEY_OTEL must be "on" or "off"');
    expect(() => readTelemetrySettings({ PARLEY_METRICS: 'on' })).toThrow('PARLEY_METRICS must be "prometheus" or "off"');
    expect(() => readTelemetrySettings({ PARLEY_METRICS: 'prometheus', PARLEY_METRICS_PORT: '99999' })).toThrow('PARLEY_METRICS_PORT');
    expect(() => readTelemetrySettings({ PARLEY_OTEL: 'on', OTEL_EXPORTER_OTLP_ENDPOINT: 'otel:4318' })).toThrow('OTEL_EXPORTER_OTLP_ENDPOINT');
  });
});
