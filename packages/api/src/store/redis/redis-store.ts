/**
 * The Redis Store: the same code over Upstash's REST API (edge runtimes) and over TCP to any Redis (Node), because
 * both are an `@upstash/redis` client — the TCP one with a requester that forwards its commands to node-redis
 * (tcp-requester.ts). Key layout: keys.ts. Every multi-key write is one Lua script (scripts/), so it is atomic and one
 * round trip; a turn costs three round trips in all: the credential lookup, one read of session + transcript + study
 * (same-tick-prefetch.ts), and the commit.
 *
 * Writes that a client library may retry after a lost reply (the REST client retries network failures) recognise
 * their own replay: a write id (`_w`, or a claim id) or identical content turns the second attempt into a success.
 */
import type { Study } from '@parley/protocol';
import type { Redis } from '@upstash/redis';
import type {
  CredentialRecord,
  SessionEndReason,
  InvitationRecord,
  Page,
  ParticipantRecord,
  SessionRecord,
  SessionWithTurns,
  StoredTurn,
  StudyRecord,
  WebhookRecord,
  WorkspaceRecord,
} from '../../domain/records.ts';
import type {
  CommitOutcome,
  CreateSessionOutcome,
  DeleteStudyOutcome,
  IdempotencyClaim,
  ImpressionKind,
  PageRequest,
  SessionAnalysisRecord,
  SessionLimits,
  Store,
  StoredResponse,
  StudyFilter,
  TurnCommit,
} from '../store.ts';
import { flattenHash, outcomeCounter, withCounts } from './counted-records.ts';
import { StoreUnavailableError } from '../store.ts';
import { type RedisKeys, redisKeys } from './keys.ts';
import { matchesSessionFilter, type SessionFilter } from '../session-filter.ts';
import { decodeCursor, encodeCursor, idOfMember, orderMember, upperBoundAfter } from './list-order.ts';
import { fromHashFields, fromJson, toHashFields } from './record-fields.ts';
import { SameTickPrefetch } from './same-tick-prefetch.ts';
import { RedisStoreRefusal, reachRedis } from './store-unavailable.ts';
import { type Counts, storeScripts, type StoreScripts } from './store-scripts.ts';
import { WorkspaceRecords } from './workspace-records.ts';
import { deleteStudy } from './delete-study.ts';
import { RedisWebhookOutbox } from './webhook-outbox.ts';
import type { WebhookDeliveryClaim, WebhookDeliveryRecord, WebhookDeliveryRef } from '../webhook-outbox.ts';

/** Settings of a RedisStore. */
export interface RedisStoreOptions {
  /** Prepended to every key (PARLEY_REDIS_PREFIX); default "parley:". */
  prefix?: string;
  /** Runs at close(), e.g. to end the TCP connection the client was made with. */
  onClose?: () => Promise<void>;
}

const STUDY_FIELDS = ['title', 'researchQuestion', 'plan', 'experience', 'triggers', 'targeting', 'status', 'priority', 'archived', 'updatedAt'] as const;
const TURN_CHANGE_FIELDS = ['state', 'progress', 'status', 'fallbacks', 'endReason', 'endedAt', 'usage'] as const;
const UPDATE_ATTEMPTS = 8;
const SESSION_BATCH = 50;
// Idempotency keys are judged by the caller's clock; Redis drops them this long after their TTL.
const IDEMPOTENCY_GRACE_MS = 60 * 60 * 1000;

/** Copies only the listed keys that are set, so stray keys (an id, undefined values) never reach a stored record. */
function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (from[k] !== undefined) out[k] = from[k];
  return out;
}

/** The Store on Redis through an `@upstash/redis` client (REST or, with a requester, TCP). */
export class RedisStore implements Store {
  readonly kind = 'redis';
  private readonly keys: RedisKeys;
  private readonly scripts: StoreScripts;
  private readonly prefetch = new SameTickPrefetch();
  private readonly records: WorkspaceRecords;
  private readonly outbox: RedisWebhookOutbox;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisStoreOptions = {},
  ) {
    this.keys = redisKeys(options.prefix ?? 'parley:');
    this.scripts = storeScripts(redis);
    this.records = new WorkspaceRecords(redis, this.keys, this.scripts);
    this.outbox = new RedisWebhookOutbox(redis, this.keys);
  }

  async createWorkspace(workspace: WorkspaceRecord, credentials: CredentialRecord[]): Promise<void> {
    const keys = [this.keys.workspace(workspace.id), this.keys.workspaceIds(), ...credentials.map((c) => this.keys.credential(c.hash))];
    const args = [JSON.stringify(workspace), workspace.id, ...credentials.map((c) => JSON.stringify(c))];
    const [outcome] = await reachRedis('createWorkspace', () => this.scripts.createWorkspace.exec(keys, args));
    if (outcome !== 'ok') throw new RedisStoreRefusal(`workspace ${workspace.id}: ${outcome}`);
  }

  async listWorkspaceIds(): Promise<string[]> {
    return (await reachRedis('listWorkspaceIds', () => this.redis.smembers(this.keys.workspaceIds()))).sort();
  }

  async getWorkspace(id: string): Promise<WorkspaceRecord | null> {
    return fromJson(await reachRedis('getWorkspace', () => this.redis.get<string>(this.keys.workspace(id))));
  }

  async findCredential(hash: string): Promise<CredentialRecord | null> {
    return fromJson(await reachRedis('findCredential', () => this.redis.get<string>(this.keys.credential(hash))));
  }

  async createStudy(study: StudyRecord): Promise<Study> {
    const { workspaceId: ws, id } = study;
    const json = JSON.stringify(study);
    const reply = await reachRedis('createStudy', () =>
      this.scripts.createStudy.exec(
        [this.keys.studies(ws), this.keys.studyCounts(ws), this.keys.studyOrder(ws), this.keys.studyOwner(id)],
        [id, json, orderMember(study.createdAt, id), ws],
      ),
    );
    if (reply[0] !== 'ok') {
      // Same id and time in this workspace: the same keyed create, retried after a crash with a plan drafted anew
      // (http/idempotency.ts); the first one stands.
      const existing = await this.getStudy(ws, id);
      if (existing && existing.createdAt === study.createdAt) return existing;
      throw new RedisStoreRefusal(`study ${id}: ${reply[0]}`);
    }
    this.prefetch.drop(ws, id);
    return withCounts(JSON.parse(json), reply[1] as Counts);
  }

  async getStudy(workspaceId: string, id: string): Promise<Study | null> {
    const prefetched = this.prefetch.take(workspaceId, id);
    if (prefetched) return prefetched;
    const [found] = await this.readStudies(workspaceId, [id]);
    return found ?? null;
  }

  async findStudyWorkspace(studyId: string): Promise<string | null> {
    return (await reachRedis('findStudyWorkspace', () => this.redis.get<string>(this.keys.studyOwner(studyId)))) ?? null;
  }

  async listStudies(workspaceId: string, page: PageRequest, filter: StudyFilter = {}): Promise<Page<Study>> {
    let after = page.cursor === undefined ? null : decodeCursor(page.cursor);
    if (page.cursor !== undefined && after === null) return { data: [], nextCursor: null };
    const limit = Math.max(1, Math.floor(page.limit));
    const archived = filter.archived === true;
    const data: Study[] = [];
    let lastMember = '';
    // Archived studies are few, so walking the order in batches and skipping them stays cheap.
    for (;;) {
      const members = await this.range(this.keys.studyOrder(workspaceId), after, SESSION_BATCH);
      const studies = await this.readStudies(workspaceId, members.map(idOfMember));
      for (let i = 0; i < members.length; i++) {
        const study = studies[i];
        if (!study || study.archived !== archived) continue;
        if (data.length === limit) return { data, nextCursor: encodeCursor(lastMember) };
        data.push(study);
        lastMember = members[i]!;
      }
      if (members.length < SESSION_BATCH) return { data, nextCursor: null };
      after = members.at(-1)!;
    }
  }

  async updateStudy(workspaceId: string, id: string, changes: Partial<Omit<StudyRecord, 'id' | 'workspaceId' | 'createdAt'>>): Promise<Study | null> {
    const studies = this.keys.studies(workspaceId);
    for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
      const current = await reachRedis('updateStudy', () => this.redis.hget<string>(studies, id));
      if (current === null || current === undefined) return null;
      const updated: StudyRecord = { ...(JSON.parse(current) as StudyRecord), ...pick(changes, STUDY_FIELDS) };
      const json = JSON.stringify(updated);
      this.prefetch.drop(workspaceId, id);
      const reply = await reachRedis('updateStudy', () => this.scripts.updateStudy.exec([studies, this.keys.studyCounts(workspaceId)], [id, current, json]));
      if (reply[0] === 'ok') return withCounts(updated, reply[1] as Counts);
      if (reply[0] === 'not_found') return null;
      // 'changed': another write landed between our read and our write; read again.
    }
    throw new StoreUnavailableError(`redis store: study ${id} kept changing under ${UPDATE_ATTEMPTS} update attempts`);
  }

  async createSession(session: SessionRecord, turns: StoredTurn[], token: CredentialRecord, limits: SessionLimits = {}): Promise<CreateSessionOutcome> {
    const { workspaceId: ws, id, studyId } = session;
    const k = this.keys;
    const keys = [k.session(ws, id), k.turns(ws, id), k.turnIds(ws, id), k.sessionOrder(ws), k.studySessionOrder(ws, studyId), k.studyCounts(ws), k.credential(token.hash)];
    const { invitation } = limits;
    if (invitation) keys.push(k.invitation(invitation.id));
    const args = [
      // The write id: the token's hash, so the same session with the same token is this very create, whether retried
      // after a lost reply or by a keyed create's retry after a crash (http/idempotency.ts).
      token.hash,
      orderMember(session.startedAt, id),
      studyId,
      JSON.stringify(token),
      outcomeCounter(session),
      String(session.usage?.promptTokens ?? 0),
      String(session.usage?.completionTokens ?? 0),
      String(turns.length),
      ...turns.map((t) => t.id),
      ...turns.map((t) => JSON.stringify(t)),
      session.test || limits.maxSessions === undefined ? '' : String(limits.maxSessions),
      token.hash,
      invitation ? JSON.stringify({ ...invitation, sessionId: id }) : '',
      id,
      ...toHashFields(session),
    ];
    this.prefetch.drop(ws, studyId);
    const [outcome] = await reachRedis('createSession', () => this.scripts.createSession.exec(keys, args));
    if (outcome === 'quota_reached' || outcome === 'invitation_used') return { ok: false, reason: outcome };
    if (outcome !== 'ok') throw new RedisStoreRefusal(`session ${id}: ${outcome}`);
    return { ok: true };
  }

  async getSession(workspaceId: string, id: string): Promise<SessionWithTurns | null> {
    const k = this.keys;
    const reply = await reachRedis('getSession', () =>
      this.scripts.readSession.exec([k.session(workspaceId, id), k.turns(workspaceId, id), k.studies(workspaceId), k.studyCounts(workspaceId)], []),
    );
    if (!reply) return null;
    const [fields, turns, studyJson, counts] = reply;
    if (studyJson) this.prefetch.put(workspaceId, withCounts(JSON.parse(studyJson), counts));
    return { session: fromHashFields<SessionRecord>(fields)!, turns: turns.map((t) => JSON.parse(t) as StoredTurn) };
  }

  async listSessions(
    workspaceId: string,
    filter: SessionFilter,
    page: PageRequest,
  ): Promise<Page<SessionWithTurns>> {
    let after = page.cursor === undefined ? null : decodeCursor(page.cursor);
    if (page.cursor !== undefined && after === null) return { data: [], nextCursor: null };
    const limit = Math.max(1, Math.floor(page.limit));
    const order = filter.studyId === undefined ? this.keys.sessionOrder(workspaceId) : this.keys.studySessionOrder(workspaceId, filter.studyId);
    const data: SessionWithTurns[] = [];
    let lastMember = '';
    for (;;) {
      const members = await this.range(order, after, SESSION_BATCH);
      const found = await this.readSessions(workspaceId, members.map(idOfMember));
      for (let i = 0; i < members.length; i++) {
        const item = found[i];
        if (!item || !matchesSessionFilter(item.session, filter)) continue;
        if (data.length === limit) return { data, nextCursor: encodeCursor(lastMember) };
        data.push(item);
        lastMember = members[i]!;
      }
      if (members.length < SESSION_BATCH) return { data, nextCursor: null };
      after = members.at(-1)!;
    }
  }

  async commitTurn(workspaceId: string, sessionId: string, commit: TurnCommit): Promise<CommitOutcome> {
    const k = this.keys;
    const { participantTurn, reply } = commit;
    const args = [
      String(commit.expectedVersion),
      participantTurn.id,
      reply.id,
      JSON.stringify(participantTurn),
      JSON.stringify(reply),
      crypto.randomUUID(),
      // A committed turn's session is active, so its end reason (if any) is the one this commit sets.
      outcomeCounter(commit.changes),
      ...toHashFields(pick(commit.changes, TURN_CHANGE_FIELDS)),
    ];
    const keys = [k.session(workspaceId, sessionId), k.turns(workspaceId, sessionId), k.turnIds(workspaceId, sessionId), k.studyCounts(workspaceId)];
    const outcome = await reachRedis('commitTurn', () => this.scripts.commitTurn.exec(keys, args));
    if (outcome[0] !== 'ok') return { ok: false, reason: outcome[0] as Extract<CommitOutcome, { ok: false }>['reason'] };
    const session = fromHashFields<SessionRecord>(outcome[1])!;
    this.prefetch.drop(workspaceId, session.studyId);
    return { ok: true, session };
  }

  async endSession(
    workspaceId: string,
    sessionId: string,
    end: { status: 'completed' | 'abandoned'; endReason: SessionEndReason; endedAt: string },
  ): Promise<SessionRecord | null> {
    const keys = [this.keys.session(workspaceId, sessionId), this.keys.studyCounts(workspaceId)];
    // The outcome needs the session's coverage, which only a read gives: compare-and-set on its version.
    for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
      const current = fromHashFields<SessionRecord>(await reachRedis('endSession', () => this.redis.hgetall(keys[0]!).then(flattenHash)));
      if (!current) return null;
      if (current.status !== 'active') return current;
      const ended = { ...current, status: end.status, endReason: end.endReason };
      const args = [JSON.stringify(end.status), JSON.stringify(end.endReason), JSON.stringify(end.endedAt), String(current.version), outcomeCounter(ended)];
      const reply = await reachRedis('endSession', () => this.scripts.endSession.exec(keys, args));
      if (!reply) return null;
      if (reply[0] === 'ok') {
        const session = fromHashFields<SessionRecord>(reply[1]);
        if (session) this.prefetch.drop(workspaceId, session.studyId);
        return session;
      }
    }
    throw new StoreUnavailableError(`redis store: session ${sessionId} kept changing under ${UPDATE_ATTEMPTS} end attempts`);
  }

  async recordImpression(workspaceId: string, studyId: string, kind: ImpressionKind): Promise<boolean> {
    this.prefetch.drop(workspaceId, studyId);
    const counted = await reachRedis('recordImpression', () => this.scripts.recordImpression.exec([this.keys.studies(workspaceId), this.keys.studyCounts(workspaceId)], [studyId, kind]));
    return Number(counted) === 1;
  }

  deleteStudy(workspaceId: string, studyId: string): Promise<DeleteStudyOutcome> {
    this.prefetch.drop(workspaceId, studyId);
    return deleteStudy(this.redis, this.keys, this.scripts, workspaceId, studyId);
  }

  getParticipant(workspaceId: string, participantId: string): Promise<ParticipantRecord | null> {
    return this.records.getParticipant(workspaceId, participantId);
  }

  saveParticipant(record: ParticipantRecord, expectedVersion: number): Promise<boolean> {
    return this.records.saveParticipant(record, expectedVersion);
  }

  saveInvitation(invitation: InvitationRecord): Promise<void> {
    return this.records.saveInvitation(invitation);
  }

  findInvitation(id: string): Promise<InvitationRecord | null> {
    return this.records.findInvitation(id);
  }

  createWebhook(webhook: WebhookRecord): Promise<void> {
    return this.records.createWebhook(webhook);
  }

  listWebhooks(workspaceId: string): Promise<WebhookRecord[]> {
    return this.records.listWebhooks(workspaceId);
  }

  deleteWebhook(workspaceId: string, id: string): Promise<boolean> {
    // The outbox deletes the webhook together with its deliveries, in one script.
    return this.outbox.deleteWebhook(workspaceId, id);
  }

  enqueueWebhookDelivery(delivery: WebhookDeliveryRecord): Promise<boolean> {
    return this.outbox.enqueue(delivery);
  }

  claimWebhookDelivery(ref: WebhookDeliveryRef, attempts: number, nowMs: number, leaseMs: number): Promise<WebhookDeliveryClaim | null> {
    return this.outbox.claim(ref, attempts, nowMs, leaseMs);
  }

  claimDueWebhookDeliveries(nowMs: number, leaseMs: number, limit: number): Promise<WebhookDeliveryClaim[]> {
    return this.outbox.claimDue(nowMs, leaseMs, limit);
  }

  settleWebhookDelivery(delivery: WebhookDeliveryRecord, claimId: string): Promise<boolean> {
    return this.outbox.settle(delivery, claimId);
  }

  listWebhookDeliveries(workspaceId: string, webhookId: string, page: PageRequest): Promise<Page<WebhookDeliveryRecord>> {
    return this.outbox.list(workspaceId, webhookId, page);
  }

  getWebhookDelivery(workspaceId: string, webhookId: string, deliveryId: string): Promise<WebhookDeliveryRecord | null> {
    return this.outbox.get(workspaceId, webhookId, deliveryId);
  }

  saveSessionAnalysis(workspaceId: string, studyId: string, sessionId: string, analysis: SessionAnalysisRecord): Promise<void> {
    return this.records.saveSessionAnalysis(workspaceId, studyId, sessionId, analysis);
  }

  listSessionAnalyses(workspaceId: string, studyId: string): Promise<SessionAnalysisRecord[]> {
    return this.records.listSessionAnalyses(workspaceId, studyId);
  }

  analysisRevision(workspaceId: string, studyId: string): Promise<number> {
    return this.records.analysisRevision(workspaceId, studyId);
  }

  saveStudyInsights(workspaceId: string, studyId: string, insights: unknown): Promise<void> {
    return this.records.saveStudyInsights(workspaceId, studyId, insights);
  }

  getStudyInsights(workspaceId: string, studyId: string): Promise<unknown | null> {
    return this.records.getStudyInsights(workspaceId, studyId);
  }

  async claimIdempotencyKey(scope: string, key: string, fingerprint: string, nowMs: number, ttlMs: number, leaseMs = ttlMs): Promise<IdempotencyClaim> {
    const args = [fingerprint, String(nowMs), String(ttlMs), crypto.randomUUID(), String(ttlMs + IDEMPOTENCY_GRACE_MS), String(leaseMs), crypto.randomUUID()];
    const reply = await reachRedis('claimIdempotencyKey', () => this.scripts.claimIdempotencyKey.exec([this.keys.idempotency(scope, key)], args));
    if (reply[0] === 'claimed') return { state: 'claimed', claimId: reply[1]!, seed: reply[2]!, claimedAt: Number(reply[3]) };
    if (reply[0] === 'pending') return { state: 'pending', fingerprint: reply[1]! };
    return { state: 'done', fingerprint: reply[1]!, response: JSON.parse(reply[2]!) as StoredResponse };
  }

  async renewIdempotencyKey(scope: string, key: string, claimId: string, nowMs: number, leaseMs: number): Promise<boolean> {
    const reply = await reachRedis('renewIdempotencyKey', () => this.scripts.renewIdempotencyKey.exec([this.keys.idempotency(scope, key)], [claimId, String(nowMs + leaseMs)]));
    return reply === 1;
  }

  async completeIdempotencyKey(scope: string, key: string, response: StoredResponse, claimId: string): Promise<void> {
    await reachRedis('completeIdempotencyKey', () => this.scripts.completeIdempotencyKey.exec([this.keys.idempotency(scope, key)], [JSON.stringify(response), claimId]));
  }

  async releaseIdempotencyKey(scope: string, key: string, claimId: string): Promise<void> {
    await reachRedis('releaseIdempotencyKey', () => this.scripts.releaseIdempotencyKey.exec([this.keys.idempotency(scope, key)], [claimId]));
  }

  async close(): Promise<void> {
    await this.options.onClose?.();
  }

  /** Members of a newest-first list, starting after `after` (a member) or at the newest. */
  private range(order: string, after: string | null, count: number): Promise<string[]> {
    return reachRedis('list', () => this.redis.exec<string[]>(['ZREVRANGEBYLEX', order, upperBoundAfter(after), '-', 'LIMIT', '0', String(count)]));
  }

  private async readStudies(workspaceId: string, ids: string[]): Promise<(Study | null)[]> {
    if (ids.length === 0) return [];
    const reply = await reachRedis('readStudies', () => this.scripts.readStudies.exec([this.keys.studies(workspaceId), this.keys.studyCounts(workspaceId)], ids));
    return reply.map(([json, counts]) => (json ? withCounts(JSON.parse(json), counts) : null));
  }

  /** Sessions with their transcripts, read in one transaction so each is a consistent snapshot. */
  private async readSessions(workspaceId: string, ids: string[]): Promise<(SessionWithTurns | null)[]> {
    if (ids.length === 0) return [];
    const tx = this.redis.multi();
    for (const id of ids) {
      tx.hgetall(this.keys.session(workspaceId, id));
      tx.lrange(this.keys.turns(workspaceId, id), 0, -1);
    }
    const replies = (await reachRedis('listSessions', () => tx.exec())) as unknown[];
    return ids.map((_, i) => {
      const session = fromHashFields<SessionRecord>(replies[2 * i]);
      return session ? { session, turns: (replies[2 * i + 1] as string[]).map((t) => JSON.parse(t) as StoredTurn) } : null;
    });
  }
}
