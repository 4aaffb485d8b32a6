import type { Redis } from '@upstash/redis';
import type { Page } from '../../domain/records.ts';
import type { PageRequest } from '../store.ts';
import { KEPT_FINISHED_DELIVERIES, type WebhookDeliveryClaim, type WebhookDeliveryRecord, type WebhookDeliveryRef } from '../webhook-outbox.ts';
import type { RedisKeys } from './keys.ts';
import { decodeCursor, encodeCursor, orderMember, upperBoundAfter } from './list-order.ts';
import { CLAIM_DELIVERY_LUA, DELETE_WEBHOOK_LUA, ENQUEUE_DELIVERY_LUA, SETTLE_DELIVERY_LUA } from './scripts/webhook-outbox.ts';
import { reachRedis } from './store-unavailable.ts';

/**
 * Keys of the outbox (a storage format, like keys.ts: add, never rename):
 * | ws:<ws>:webhook:<wh>:deliveries           | hash | `<id>` → WebhookDeliveryRecord JSON; `<id>|claim` → `<claimId>|<lease end ms>` |
 * | ws:<ws>:webhook:<wh>:deliveries:order     | zset | order members (list-order.ts): newest first by ZREVRANGEBYLEX |
 * | ws:<ws>:webhook:<wh>:deliveries:finished  | zset | order members of finished deliveries, scored by creation ms (pruning) |
 * | webhook-deliveries:due                    | zset | `<ws>/<wh>/<id>` (ws and wh URI-encoded) scored by when it is next worth trying (ms) |
 */
function outboxKeys(keys: RedisKeys, workspaceId: string, webhookId: string) {
  const base = `${keys.workspace(workspaceId)}:webhook:${encodeURIComponent(webhookId)}:deliveries`;
  return { records: base, order: `${base}:order`, finished: `${base}:finished`, due: `${keys.prefix}webhook-deliveries:due`, duePrefix: `${encodeURIComponent(workspaceId)}/${encodeURIComponent(webhookId)}/` };
}

function refOfDueMember(member: string): WebhookDeliveryRef | null {
  const [ws, wh, ...id] = member.split('/');
  return ws && wh && id.length > 0 ? { workspaceId: decodeURIComponent(ws), webhookId: decodeURIComponent(wh), id: id.join('/') } : null;
}

/** The RedisStore's webhook outbox (Store's WebhookOutboxStore part, and deleting a webhook with its deliveries). */
export class RedisWebhookOutbox {
  private readonly scripts;

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {
    this.scripts = {
      enqueue: redis.createScript<number>(ENQUEUE_DELIVERY_LUA),
      claim: redis.createScript<string | null>(CLAIM_DELIVERY_LUA),
      settle: redis.createScript<number>(SETTLE_DELIVERY_LUA),
      deleteWebhook: redis.createScript<number>(DELETE_WEBHOOK_LUA),
    };
  }

  /** See Store.deleteWebhook. */
  async deleteWebhook(workspaceId: string, webhookId: string): Promise<boolean> {
    const hooks = this.keys.webhooks(workspaceId);
    const k = outboxKeys(this.keys, workspaceId, webhookId);
    const keys = [hooks.records, hooks.order, k.records, k.order, k.finished, k.due];
    return Number(await reachRedis('deleteWebhook', () => this.scripts.deleteWebhook.exec(keys, [webhookId, k.duePrefix]))) === 1;
  }

  /** See WebhookOutboxStore.enqueueWebhookDelivery. */
  async enqueue(d: WebhookDeliveryRecord): Promise<boolean> {
    const k = outboxKeys(this.keys, d.workspaceId, d.webhookId);
    const keys = [this.keys.webhooks(d.workspaceId).records, k.records, k.order, k.due];
    const due = String(Date.parse(d.nextAttemptAt ?? d.createdAt));
    const args = [d.webhookId, d.id, JSON.stringify(d), orderMember(d.createdAt, d.id), due, k.duePrefix + d.id];
    return Number(await reachRedis('enqueueWebhookDelivery', () => this.scripts.enqueue.exec(keys, args))) === 1;
  }

  /** See WebhookOutboxStore.claimWebhookDelivery. */
  claim(ref: WebhookDeliveryRef, attempts: number, nowMs: number, leaseMs: number): Promise<WebhookDeliveryClaim | null> {
    return this.claimOne(ref, 'attempts', attempts, nowMs, leaseMs);
  }

  /** See WebhookOutboxStore.claimDueWebhookDeliveries. */
  async claimDue(nowMs: number, leaseMs: number, limit: number): Promise<WebhookDeliveryClaim[]> {
    const due = `${this.keys.prefix}webhook-deliveries:due`;
    // Candidates first, then each claimed atomically: another process may take some in between, and that is fine.
    const members = await reachRedis('claimDueWebhookDeliveries', () => this.redis.exec<string[]>(['ZRANGEBYSCORE', due, '-inf', String(nowMs), 'LIMIT', '0', String(limit)]));
    const out: WebhookDeliveryClaim[] = [];
    for (const member of members) {
      const ref = refOfDueMember(member);
      const claim = ref ? await this.claimOne(ref, 'due', 0, nowMs, leaseMs) : null;
      if (claim) out.push(claim);
    }
    return out;
  }

  /** See WebhookOutboxStore.settleWebhookDelivery. */
  async settle(d: WebhookDeliveryRecord, claimId: string): Promise<boolean> {
    const k = outboxKeys(this.keys, d.workspaceId, d.webhookId);
    const next = d.status === 'pending' ? String(Date.parse(d.nextAttemptAt ?? d.createdAt)) : '0';
    const created = Date.parse(d.createdAt);
    const args = [d.id, claimId, JSON.stringify(d), d.status, next, orderMember(d.createdAt, d.id), String(Number.isFinite(created) ? created : 0), String(KEPT_FINISHED_DELIVERIES), k.duePrefix + d.id];
    return Number(await reachRedis('settleWebhookDelivery', () => this.scripts.settle.exec([k.records, k.order, k.finished, k.due], args))) === 1;
  }

  /** See WebhookOutboxStore.listWebhookDeliveries. */
  async list(workspaceId: string, webhookId: string, page: PageRequest): Promise<Page<WebhookDeliveryRecord>> {
    const k = outboxKeys(this.keys, workspaceId, webhookId);
    const after = page.cursor === undefined ? null : decodeCursor(page.cursor);
    if (page.cursor !== undefined && after === null) return { data: [], nextCursor: null };
    const members = await reachRedis('listWebhookDeliveries', () => this.redis.exec<string[]>(['ZREVRANGEBYLEX', k.order, upperBoundAfter(after), '-', 'LIMIT', '0', String(page.limit + 1)]));
    const shown = members.slice(0, page.limit);
    if (shown.length === 0) return { data: [], nextCursor: null };
    const jsons = await reachRedis('listWebhookDeliveries', () => this.redis.exec<(string | null)[]>(['HMGET', k.records, ...shown.map((m) => m.slice(17))]));
    const data = jsons.filter((j): j is string => typeof j === 'string').map((j) => JSON.parse(j) as WebhookDeliveryRecord);
    return { data, nextCursor: members.length > page.limit ? encodeCursor(shown[shown.length - 1]!) : null };
  }

  /** See WebhookOutboxStore.getWebhookDelivery. */
  async get(workspaceId: string, webhookId: string, deliveryId: string): Promise<WebhookDeliveryRecord | null> {
    const k = outboxKeys(this.keys, workspaceId, webhookId);
    const json = await reachRedis('getWebhookDelivery', () => this.redis.exec<string | null>(['HGET', k.records, deliveryId]));
    return typeof json === 'string' ? (JSON.parse(json) as WebhookDeliveryRecord) : null;
  }

  private async claimOne(ref: WebhookDeliveryRef, mode: 'due' | 'attempts', attempts: number, nowMs: number, leaseMs: number): Promise<WebhookDeliveryClaim | null> {
    const k = outboxKeys(this.keys, ref.workspaceId, ref.webhookId);
    const claimId = crypto.randomUUID();
    const args = [ref.id, mode, String(attempts), String(nowMs), String(nowMs + leaseMs), claimId, k.duePrefix + ref.id];
    const json = await reachRedis('claimWebhookDelivery', () => this.scripts.claim.exec([k.records, k.due], args));
    return typeof json === 'string' ? { delivery: JSON.parse(json) as WebhookDeliveryRecord, claimId } : null;
  }
}
