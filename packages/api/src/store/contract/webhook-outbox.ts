import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { WebhookRecord } from '../../domain/records.ts';
import { KEPT_FINISHED_DELIVERIES, type WebhookDeliveryRecord } from '../webhook-outbox.ts';
import { type ContractContext, givenWorkspace } from './context.ts';
import { allPages } from './pages.ts';

const T0 = Date.parse('2026-11-23T09:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const LEASE = 60_000;

async function givenWebhook(c: ContractContext, workspaceId: string): Promise<WebhookRecord> {
  const hook = { id: `wh_${randomUUID()}`, workspaceId, url: 'https://hooks.example.com/x', events: ['session.completed'], secret: 'whsec_x', createdAt: at(0) };
  await c.store.createWebhook(hook);
  return hook;
}

/** A pending delivery of `hook`, created `createdMs` after T0 and due then. */
function delivery(hook: WebhookRecord, createdMs = 0, over: Partial<WebhookDeliveryRecord> = {}): WebhookDeliveryRecord {
  const n = String(createdMs).padStart(6, '0');
  return { id: `whd_${n}_${randomUUID().slice(0, 8)}`, workspaceId: hook.workspaceId, webhookId: hook.id, eventId: `evt_${n}`, event: 'session.completed', body: '{"id":"evt","data":{"text":"Grüße, ünïcode"}}', status: 'pending', attempts: 0, createdAt: at(createdMs), nextAttemptAt: at(createdMs), ...over };
}

/** The durable webhook outbox: queued only for a live webhook, claimed by one holder at a time, bounded, deleted with its webhook. */
export function webhookOutboxContract(ctx: () => ContractContext): void {
  describe('webhook outbox', () => {
    it('queues a delivery only for an existing webhook, and keeps its body byte for byte', async () => {
      const c = ctx();
      const { workspace } = await givenWorkspace(c);
      const hook = await givenWebhook(c, workspace.id);
      const d = delivery(hook);
      expect(await c.store.enqueueWebhookDelivery(d)).toBe(true);
      expect(await c.store.enqueueWebhookDelivery(d)).toBe(true);
      expect(await c.store.enqueueWebhookDelivery(delivery({ ...hook, id: 'wh_gone' }))).toBe(false);
      expect(await c.store.getWebhookDelivery(workspace.id, hook.id, d.id)).toEqual(d);
      expect((await c.store.listWebhookDeliveries(workspace.id, hook.id, { limit: 10 })).data).toEqual([d]);
    });

    it('lets one holder claim a delivery at a time, takes it over once the lease ran out, and settles only for the holder', async () => {
      const c = ctx();
      const { workspace } = await givenWorkspace(c);
      const hook = await givenWebhook(c, workspace.id);
      const d = delivery(hook);
      await c.store.enqueueWebhookDelivery(d);
      expect(await c.store.claimWebhookDelivery(d, 1, T0, LEASE)).toBeNull();
      const first = (await c.store.claimWebhookDelivery(d, 0, T0, LEASE))!;
      expect(first.delivery).toEqual(d);
      expect(await c.store.claimWebhookDelivery(d, 0, T0 + 1000, LEASE)).toBeNull();
      expect(await c.store.claimDueWebhookDeliveries(T0 + 1000, LEASE, 10)).toEqual([]);
      // The holder died: once its lease is over, the delivery is due again for anyone.
      const second = await c.store.claimDueWebhookDeliveries(T0 + LEASE + 1, LEASE, 10);
      expect(second.map((s) => s.delivery.id)).toEqual([d.id]);
      const failed = { ...d, attempts: 1, lastAttemptAt: at(LEASE + 1), status: 'pending' as const, nextAttemptAt: at(LEASE + 10_000), responseStatus: 500, error: 'HTTP 500' };
      expect(await c.store.settleWebhookDelivery(failed, first.claimId)).toBe(false);
      expect(await c.store.settleWebhookDelivery(failed, second[0]!.claimId)).toBe(true);
      expect(await c.store.getWebhookDelivery(workspace.id, hook.id, d.id)).toEqual(failed);
      // Rescheduled: not due before its next attempt, due after it; an attempt scheduled for attempt 1 is skipped once made.
      expect(await c.store.claimDueWebhookDeliveries(T0 + LEASE + 9_000, LEASE, 10)).toEqual([]);
      const third = await c.store.claimDueWebhookDeliveries(T0 + LEASE + 10_000, LEASE, 10);
      expect(third.map((s) => s.delivery.attempts)).toEqual([1]);
      await c.store.settleWebhookDelivery({ ...failed, attempts: 2, status: 'delivered', nextAttemptAt: undefined, responseStatus: 204, error: undefined }, third[0]!.claimId);
      expect(await c.store.claimWebhookDelivery(d, 1, T0 + 10 * LEASE, LEASE)).toBeNull();
      expect(await c.store.claimDueWebhookDeliveries(T0 + 10 * LEASE, LEASE, 10)).toEqual([]);
      expect(await c.store.getWebhookDelivery(workspace.id, hook.id, d.id)).toMatchObject({ status: 'delivered', attempts: 2, responseStatus: 204 });
    });

    it('hands each due delivery to one of several claimers running at once', async () => {
      const c = ctx();
      const { workspace } = await givenWorkspace(c);
      const hook = await givenWebhook(c, workspace.id);
      const ids = [];
      for (let i = 0; i < 6; i++) {
        const d = delivery(hook, i);
        await c.store.enqueueWebhookDelivery(d);
        ids.push(d.id);
      }
      const claimed = (await Promise.all([1, 2, 3].map(() => c.store.claimDueWebhookDeliveries(T0 + 10, LEASE, 10)))).flat().map((x) => x.delivery.id);
      expect(claimed.sort()).toEqual(ids.sort());
    });

    it('lists newest first, page by page, and keeps every pending delivery but only the newest finished ones', async () => {
      const c = ctx();
      const { workspace } = await givenWorkspace(c);
      const hook = await givenWebhook(c, workspace.id);
      const pending = delivery(hook, 0);
      await c.store.enqueueWebhookDelivery(pending);
      const total = KEPT_FINISHED_DELIVERIES + 5;
      for (let i = 1; i <= total; i++) {
        const d = delivery(hook, i);
        await c.store.enqueueWebhookDelivery(d);
        const claim = (await c.store.claimWebhookDelivery(d, 0, T0 + i, LEASE))!;
        await c.store.settleWebhookDelivery({ ...d, attempts: 1, status: i % 2 ? 'delivered' : 'failed', nextAttemptAt: undefined }, claim.claimId);
      }
      const pages = await allPages((page) => c.store.listWebhookDeliveries(workspace.id, hook.id, page), 30);
      const listed = pages.flatMap((p) => p.data);
      expect(listed).toHaveLength(KEPT_FINISHED_DELIVERIES + 1);
      expect(listed.map((d) => d.createdAt)).toEqual([...listed.map((d) => d.createdAt)].sort().reverse());
      expect(listed.at(-1)!.id).toBe(pending.id);
      expect(listed[0]!.createdAt).toBe(at(total));
      expect(await c.store.getWebhookDelivery(workspace.id, hook.id, pending.id)).not.toBeNull();
      expect((await c.store.listWebhookDeliveries(workspace.id, hook.id, { limit: 5, cursor: 'not-a-cursor' })).data).toEqual([]);
    });

    it('deletes the deliveries with their webhook: nothing is due or claimable any more', async () => {
      const c = ctx();
      const { workspace } = await givenWorkspace(c);
      const hook = await givenWebhook(c, workspace.id);
      const kept = await givenWebhook(c, workspace.id);
      const d = delivery(hook);
      const other = delivery(kept);
      await c.store.enqueueWebhookDelivery(d);
      await c.store.enqueueWebhookDelivery(other);
      expect(await c.store.deleteWebhook(workspace.id, hook.id)).toBe(true);
      expect(await c.store.getWebhookDelivery(workspace.id, hook.id, d.id)).toBeNull();
      expect(await c.store.claimWebhookDelivery(d, 0, T0, LEASE)).toBeNull();
      expect((await c.store.claimDueWebhookDeliveries(T0, LEASE, 10)).map((x) => x.delivery.id)).toEqual([other.id]);
      expect(await c.store.enqueueWebhookDelivery(delivery(hook))).toBe(false);
    });

    it("never shows one workspace another's deliveries", async () => {
      const c = ctx();
      const a = await givenWorkspace(c);
      const b = await givenWorkspace(c);
      const hook = await givenWebhook(c, a.workspace.id);
      const d = delivery(hook);
      await c.store.enqueueWebhookDelivery(d);
      expect(await c.store.getWebhookDelivery(b.workspace.id, hook.id, d.id)).toBeNull();
      expect((await c.store.listWebhookDeliveries(b.workspace.id, hook.id, { limit: 10 })).data).toEqual([]);
    });
  });
}
