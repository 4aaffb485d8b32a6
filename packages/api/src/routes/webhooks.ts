import { Hono } from 'hono';
import { CreateWebhookRequest, type Webhook } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate, workspaceOf } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { idempotent } from '../http/idempotency.ts';
import { readJson } from '../http/read-json.ts';
import { ApiError, notFound } from '../http/api-error.ts';
import { resolvedProblem } from '../webhooks/destination.ts';

/** Webhook endpoints of the caller's workspace (secret key): create (the secret is shown once), list, delete. */
export function webhookRoutes() {
  return new Hono<AppEnv>()
    .use(authenticate('secret'))
    .use(limitCaller())
    .post('/', idempotent(), async (c) => {
      const input = await readJson(c, CreateWebhookRequest);
      const { ids, clock, store, resolveHost, config } = c.var.deps;
      // Never a way into the server's own network (SSRF): refused before it is stored, and checked again at delivery.
      const problem = await resolvedProblem(input.url, resolveHost, config.webhookAllowPrivate);
      if (problem) throw new ApiError('invalid_request', `This webhook URL ${problem}.`, { issues: [{ path: 'url', message: `The URL ${problem}.` }] });
      const record = { id: ids.id('wh'), workspaceId: workspaceOf(c.var.principal), url: input.url, events: input.events, secret: ids.secret('whsec'), createdAt: clock.now().toISOString() };
      await store.createWebhook(record);
      const body: Webhook = { id: record.id, url: record.url, events: input.events, secret: record.secret, createdAt: record.createdAt };
      return c.json(body, 201);
    })
    .get('/', async (c) => {
      const hooks = await c.var.deps.store.listWebhooks(workspaceOf(c.var.principal));
      return c.json({ data: hooks.map((h) => ({ id: h.id, url: h.url, events: h.events, createdAt: h.createdAt })), nextCursor: null });
    })
    .delete('/:id', async (c) => {
      if (!(await c.var.deps.store.deleteWebhook(workspaceOf(c.var.principal), c.req.param('id')))) throw notFound('webhook', c.req.param('id'));
      return c.body(null, 204);
    });
}
