import type { WebhookDeliveryStatus, WebhookEvent } from '@parley/protocol';
import type { Page } from '../domain/records.ts';
import type { PageRequest } from './store.ts';

/** How many finished (delivered or failed) deliveries a webhook keeps; pending ones are always kept. */
export const KEPT_FINISHED_DELIVERIES = 100;

/** Which delivery: ids are globally unique, the workspace and webhook say where it is kept. */
export interface WebhookDeliveryRef {
  id: string;
  workspaceId: string;
  webhookId: string;
}

/** One event queued for one webhook, with the exact body that is signed and sent on every attempt. */
export interface WebhookDeliveryRecord extends WebhookDeliveryRef {
  eventId: string;
  event: WebhookEvent;
  body: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  createdAt: string;
  /** When the next attempt is due (ISO); only while pending. */
  nextAttemptAt?: string;
  lastAttemptAt?: string;
  responseStatus?: number;
  error?: string;
}

/** A delivery one process holds for one attempt, until `claimId` is settled or the lease runs out. */
export interface WebhookDeliveryClaim {
  delivery: WebhookDeliveryRecord;
  claimId: string;
}

/**
 * The durable webhook outbox part of the Store port. A delivery is claimed before every attempt (a lease: several API
 * processes may share one store, and an attempt must be made by one of them only); a claim whose process died is
 * taken over once its lease has run out. Deleting a webhook (Store.deleteWebhook) deletes its deliveries.
 */
export interface WebhookOutboxStore {
  /** Queues a new delivery (status pending); false, storing nothing, when its webhook no longer exists. A retried call with the same id is a no-op. */
  enqueueWebhookDelivery(delivery: WebhookDeliveryRecord): Promise<boolean>;
  /**
   * Claims a pending delivery for `leaseMs` if nobody holds a live claim on it and it has made exactly `attempts`
   * attempts (so an attempt scheduled by one process is skipped once another made it); null otherwise.
   */
  claimWebhookDelivery(ref: WebhookDeliveryRef, attempts: number, nowMs: number, leaseMs: number): Promise<WebhookDeliveryClaim | null>;
  /** Claims up to `limit` pending deliveries whose next attempt is due at `nowMs` and that nobody holds a live claim on. */
  claimDueWebhookDeliveries(nowMs: number, leaseMs: number, limit: number): Promise<WebhookDeliveryClaim[]>;
  /**
   * Stores the delivery as its attempt left it and releases the claim, only if `claimId` still holds it (false
   * otherwise: the lease ran out, or the webhook was deleted). Finished deliveries past the newest
   * KEPT_FINISHED_DELIVERIES of the webhook (by creation) are deleted.
   */
  settleWebhookDelivery(delivery: WebhookDeliveryRecord, claimId: string): Promise<boolean>;
  /** A webhook's deliveries, newest first. A cursor the store did not issue reads as the end. */
  listWebhookDeliveries(workspaceId: string, webhookId: string, page: PageRequest): Promise<Page<WebhookDeliveryRecord>>;
  /** One delivery of a webhook of this workspace. */
  getWebhookDelivery(workspaceId: string, webhookId: string, deliveryId: string): Promise<WebhookDeliveryRecord | null>;
}
