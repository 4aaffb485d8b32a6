import { Hono } from 'hono';
import { buildOpenApiDocument, type Health } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';

/** `GET /healthz` and `GET /openapi.json`, open to anyone. */
export function operationRoutes() {
  let openapi: ReturnType<typeof buildOpenApiDocument> | undefined;
  return new Hono<AppEnv>()
    .get('/healthz', (c) => {
      const { interviewer, store, config } = c.var.deps;
      const body: Health = { ok: true, interviewer: interviewer.kind, store: store.kind, version: config.version };
      return c.json(body);
    })
    .get('/openapi.json', (c) => {
      openapi ??= buildOpenApiDocument({ version: c.var.deps.config.version });
      return c.json(openapi);
    });
}
