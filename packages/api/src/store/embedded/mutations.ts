import type { CredentialRecord, SessionRecord, StoredTurn, StudyRecord, WorkspaceRecord } from '../../domain/records.ts';

/** Kinds of keyed records kept as whole values (participants, invitations, webhooks). On-disk names: never rename. */
export type RecordKind = 'participant' | 'invitation' | 'webhook' | 'analysis' | 'insights' | 'impressions' | 'webhook_delivery';
import type { StoredResponse } from '../store.ts';

/** An idempotency key as kept: claimed at `createdAt` (ms) for `ttlMs`, with the response once completed. */
export interface IdempotencyEntry {
  fingerprint: string;
  createdAt: number;
  ttlMs: number;
  response?: StoredResponse;
  /** Who holds the claim (absent in journals written before claims had ids). */
  claim?: string;
  /** The store instance (process) that made the claim: a pending claim of another instance died with its process. */
  owner?: string;
  /** Until when (ms) a pending claim's request counts as alive, unless renewed. */
  leaseUntil?: number;
  /** Seeds the ids and secrets of the keyed create; kept when a dead claim is taken over. */
  seed?: string;
}

/**
 * One state change, exactly as written to the journal (one JSON line) and as replayed from it.
 * Every record is a "put" of whole records, so replaying one is deterministic and needs no checks;
 * one mutation is one line, which is what makes a multi-record write (a session with its token) atomic.
 * These op names are an on-disk format: never rename them, or existing data directories stop loading.
 */
export type Mutation =
  | { op: 'workspace'; workspace: WorkspaceRecord; credentials: CredentialRecord[] }
  | { op: 'credentials'; credentials: CredentialRecord[] }
  | { op: 'study'; study: StudyRecord }
  /** Replaces the session record and appends `turns` to its transcript; `token` is stored with it. */
  | { op: 'session'; session: SessionRecord; turns: StoredTurn[]; token?: CredentialRecord }
  | { op: 'idempotency'; scope: string; key: string; entry: IdempotencyEntry }
  | { op: 'idempotency_release'; scope: string; key: string }
  /** Deletes a study with every session of it (and their tokens), its analyses, insights and impressions. */
  | { op: 'drop_study'; workspaceId: string; studyId: string }
  /** Deletes a webhook with every delivery of it (one line: a crash cannot leave its deliveries behind). */
  | { op: 'drop_webhook'; workspaceId: string; webhookId: string }
  /** Puts (or with `value: null` deletes) one keyed record. */
  | { op: 'record'; kind: RecordKind; key: string; value: unknown };
