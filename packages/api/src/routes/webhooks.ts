import { Hono } from 'hono';
import { CreateWebhookRequest, ListWebhookDeliveriesQuery, type Webhook } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate, workspaceOf } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { idempotent } from '../http/idempotency.ts';
import { readJson, readQuery } from '../http/read-json.ts';
import { ApiError, notFound } from '../http/api-error.ts';
import { resolvedProblem } from '../webhooks/destination.ts';
import { deliveryView } from '../webhooks/delivery-view.ts';
import { redeliver } from '../webhooks/dispatch.ts';
import type { Store } from '../store/store.ts';

/** A webhook of this workspace, or the 404 (also for another workspace's webhook). */
async function mustFindWebhook(store: Store, workspaceId: string, id: string) {
  const hook = (await store.listWebhooks(workspaceId)).find((h) => h.id === id);
  if (!hook) throw notFound('webhook', id);
  return hook;
}

/** Webhook endpoints of the caller's workspace (secret key): create (the secret is shown once), list, delete; their deliveries, redeliver. */
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
    .get('/:id/deliveries', async (c) => {
      const workspaceId = workspaceOf(c.var.principal);
      const { store } = c.var.deps;
      const hook = await mustFindWebhook(store, workspaceId, c.req.param('id'));
      const { limit, cursor } = readQuery(c, ListWebhookDeliveriesQuery);
      const page = await store.listWebhookDeliveries(workspaceId, hook.id, { limit, ...(cursor ? { cursor } : {}) });
      return c.json({ data: page.data.map(deliveryView), nextCursor: page.nextCursor });
    })
    .post('/:id/deliveries/:deliveryId/redeliver', idempotent(), async (c) => {
      const workspaceId = workspaceOf(c.var.principal);
      const { deps } = c.var;
      const hook = await mustFindWebhook(deps.store, workspaceId, c.req.param('id'));
      const original = await deps.store.getWebhookDelivery(workspaceId, hook.id, c.req.param('deliveryId'));
      if (!original) throw notFound('webhook delivery', c.req.param('deliveryId'));
      // A pending delivery is still being tried: a second copy in flight would only make the receiver see it twice.
      if (original.status === 'pending') throw new ApiError('conflict', 'This delivery is still pending; it is retried on its own (see nextAttemptAt).');
      const queued = await redeliver(deps, original);
      if (!queued) throw notFound('webhook', hook.id);
      return c.json(deliveryView(queued), 202);
    })
    .delete('/:id', async (c) => {
      if (!(await c.var.deps.store.deleteWebhook(workspaceOf(c.var.principal), c.req.param('id')))) throw notFound('webhook', c.req.param('id'));
      return c.body(null, 204);
    });
}
