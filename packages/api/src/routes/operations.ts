import { Hono } from 'hono';
import { buildOpenApiDocument, type Health, type Readiness } from '@parley/protocol';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';

/** How long readiness waits for the store before saying it is not ready. */
const READY_TIMEOUT_MS = 2_000;

/** `GET /healthz` (liveness), `GET /readyz` (the store answers) and `GET /openapi.json`, open to anyone. */
export function operationRoutes() {
  let openapi: ReturnType<typeof buildOpenApiDocument> | undefined;
  return new Hono<AppEnv>()
    .get('/healthz', (c) => {
      const { interviewer, store, config } = c.var.deps;
      const body: Health = { ok: true, interviewer: interviewer.kind, store: store.kind, version: config.version };
      return c.json(body);
    })
    .get('/readyz', async (c) => {
      const { store, clock } = c.var.deps;
      const started = clock.now().getTime();
      // A real read that goes to the store (Redis, or the embedded store's files) — not a cached "ok".
      const probe = store.getWorkspace('ws_readiness_probe');
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('store timeout')), READY_TIMEOUT_MS)));
      try {
        await Promise.race([probe, timeout]);
      } catch {
        probe.catch(() => undefined);
        throw new ApiError('upstream', 'The store is not answering; this instance is not ready.', { headers: { 'retry-after': '5' } });
      } finally {
        clearTimeout(timer);
      }
      const body: Readiness = { ready: true, store: store.kind, storeMs: clock.now().getTime() - started };
      return c.json(body);
    })
    .get('/openapi.json', (c) => {
      // The configured public URL is the document's server; without one, `/`: the origin it was fetched from.
      const { version, publicUrl } = c.var.deps.config;
      openapi ??= buildOpenApiDocument({ version, ...(publicUrl ? { serverUrl: publicUrl } : {}) });
      return c.json(openapi);
    });
}
