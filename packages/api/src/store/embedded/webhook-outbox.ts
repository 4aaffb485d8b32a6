import type { Page } from '../../domain/records.ts';
import type { PageRequest } from '../store.ts';
import { KEPT_FINISHED_DELIVERIES, type WebhookDeliveryClaim, type WebhookDeliveryRecord, type WebhookDeliveryRef } from '../webhook-outbox.ts';
import { decodeCursor, encodeCursor, orderMember } from '../redis/list-order.ts';
import type { Mutation } from './mutations.ts';
import type { MemoryState } from './state.ts';

/** What the outbox borrows from its EmbeddedStore: the state, and its write and read discipline. */
export interface EmbeddedOutboxParts {
  state: () => MemoryState;
  write: (m: Mutation) => Promise<void>;
  settled: <T>(value: T) => Promise<T>;
  usable: () => void;
}

const webhookKey = (workspaceId: string, webhookId: string) => `${workspaceId}\u0000${webhookId}`;
const deliveryKey = (d: WebhookDeliveryRef) => `${webhookKey(d.workspaceId, d.webhookId)}\u0000${d.id}`;
const newestFirst = (a: WebhookDeliveryRecord, b: WebhookDeliveryRecord) => (orderMember(a.createdAt, a.id) < orderMember(b.createdAt, b.id) ? 1 : -1);

/**
 * The embedded store's webhook outbox (Store's WebhookOutboxStore part): deliveries are journaled records
 * ('webhook_delivery', keyed by workspace, webhook and id). Claims live in memory only: one process owns the data
 * directory, and after a restart every old claim is gone, which is exactly "its lease ran out".
 */
export class EmbeddedWebhookOutbox {
  private readonly claims = new Map<string, { claimId: string; untilMs: number }>();

  constructor(private readonly parts: EmbeddedOutboxParts) {}

  /** See WebhookOutboxStore.enqueueWebhookDelivery. */
  async enqueue(delivery: WebhookDeliveryRecord): Promise<boolean> {
    this.parts.usable();
    const state = this.parts.state();
    if (!state.record('webhook', webhookKey(delivery.workspaceId, delivery.webhookId))) return this.parts.settled(false);
    if (state.record('webhook_delivery', deliveryKey(delivery))) return this.parts.settled(true);
    await this.parts.write({ op: 'record', kind: 'webhook_delivery', key: deliveryKey(delivery), value: delivery });
    return true;
  }

  /** See WebhookOutboxStore.claimWebhookDelivery. */
  async claim(ref: WebhookDeliveryRef, attempts: number, nowMs: number, leaseMs: number): Promise<WebhookDeliveryClaim | null> {
    this.parts.usable();
    const d = this.parts.state().record<WebhookDeliveryRecord>('webhook_delivery', deliveryKey(ref));
    return this.parts.settled(d && d.attempts === attempts ? this.take(d, nowMs, leaseMs) : null);
  }

  /** See WebhookOutboxStore.claimDueWebhookDeliveries. */
  async claimDue(nowMs: number, leaseMs: number, limit: number): Promise<WebhookDeliveryClaim[]> {
    this.parts.usable();
    const due = this.parts
      .state()
      .recordsWithPrefix<WebhookDeliveryRecord>('webhook_delivery', '')
      .filter((d) => d.status === 'pending' && Date.parse(d.nextAttemptAt ?? d.createdAt) <= nowMs)
      .sort((a, b) => Date.parse(a.nextAttemptAt ?? a.createdAt) - Date.parse(b.nextAttemptAt ?? b.createdAt));
    const out: WebhookDeliveryClaim[] = [];
    for (const d of due) {
      if (out.length >= limit) break;
      const claim = this.take(d, nowMs, leaseMs);
      if (claim) out.push(claim);
    }
    return this.parts.settled(out);
  }

  /** See WebhookOutboxStore.settleWebhookDelivery. */
  async settle(delivery: WebhookDeliveryRecord, claimId: string): Promise<boolean> {
    this.parts.usable();
    const state = this.parts.state();
    const key = deliveryKey(delivery);
    if (this.claims.get(key)?.claimId !== claimId || !state.record('webhook_delivery', key)) return this.parts.settled(false);
    this.claims.delete(key);
    const writes = [this.parts.write({ op: 'record', kind: 'webhook_delivery', key, value: delivery })];
    if (delivery.status !== 'pending') {
      const finished = state
        .recordsWithPrefix<WebhookDeliveryRecord>('webhook_delivery', `${webhookKey(delivery.workspaceId, delivery.webhookId)}\u0000`)
        .filter((d) => d.status !== 'pending')
        .sort(newestFirst);
      for (const old of finished.slice(KEPT_FINISHED_DELIVERIES)) writes.push(this.parts.write({ op: 'record', kind: 'webhook_delivery', key: deliveryKey(old), value: null }));
    }
    await Promise.all(writes);
    return true;
  }

  /** See WebhookOutboxStore.listWebhookDeliveries. */
  async list(workspaceId: string, webhookId: string, page: PageRequest): Promise<Page<WebhookDeliveryRecord>> {
    this.parts.usable();
    const after = page.cursor === undefined ? null : decodeCursor(page.cursor);
    if (page.cursor !== undefined && after === null) return this.parts.settled({ data: [], nextCursor: null });
    const all = this.parts
      .state()
      .recordsWithPrefix<WebhookDeliveryRecord>('webhook_delivery', `${webhookKey(workspaceId, webhookId)}\u0000`)
      .filter((d) => after === null || orderMember(d.createdAt, d.id) < after)
      .sort(newestFirst);
    const data = all.slice(0, page.limit);
    const last = data[data.length - 1];
    const nextCursor = all.length > page.limit && last ? encodeCursor(orderMember(last.createdAt, last.id)) : null;
    return this.parts.settled(structuredClone({ data, nextCursor }));
  }

  /** See WebhookOutboxStore.getWebhookDelivery. */
  async get(workspaceId: string, webhookId: string, deliveryId: string): Promise<WebhookDeliveryRecord | null> {
    this.parts.usable();
    const d = this.parts.state().record<WebhookDeliveryRecord>('webhook_delivery', deliveryKey({ workspaceId, webhookId, id: deliveryId }));
    return this.parts.settled(structuredClone(d ?? null));
  }

  private take(d: WebhookDeliveryRecord, nowMs: number, leaseMs: number): WebhookDeliveryClaim | null {
    const key = deliveryKey(d);
    const held = this.claims.get(key);
    if (d.status !== 'pending' || (held && held.untilMs > nowMs)) return null;
    const claimId = crypto.randomUUID();
    this.claims.set(key, { claimId, untilMs: nowMs + leaseMs });
    return { delivery: structuredClone(d), claimId };
  }
}
