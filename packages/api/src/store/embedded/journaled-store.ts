/**
 * The embedded Store: all state in memory, made durable by an append-only write-ahead journal (one JSON line per
 * mutation) that is fdatasync'ed before a write resolves, plus a snapshot the journal is folded into at compaction.
 *
 * Why a journal and not SQLite: better-sqlite3 is a native addon (node-gyp, a compiler on every install and every
 * platform), and Node 20 has no node:sqlite. A journal is plain node:fs, we control exactly when fdatasync happens,
 * and group commit (every write that arrives during a flush shares the next write+fdatasync) keeps hundreds to
 * thousands of commits per second on one core, where one fsync per write would cap it at the disk's fsync rate.
 *
 * Every write is checked and applied to memory synchronously at call time, so check-then-write (versions, duplicate
 * turns, idempotency claims) is atomic within the event loop; it then awaits durability. Every result is copied at
 * call time and handed back only after all writes issued before it are durable, so nothing not on disk is ever served.
 * A failed write (ENOSPC, EIO) is refused, and so is everything after it (StoreUnavailableError, so 503 and /readyz
 * not ready), since memory may then be ahead of the disk; once the disk takes writes again the store rebuilds its
 * memory from disk in place (repair below) and carries on, without a restart.
 */
import type { Study } from '@parley/protocol';
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
import {
  type CommitOutcome,
  type CreateSessionOutcome,
  type DeleteStudyOutcome,
  type IdempotencyClaim,
  type ImpressionKind,
  type PageRequest,
  type SessionAnalysisRecord,
  type SessionLimits,
  type Store,
  type StoredResponse,
  type StudyFilter,
  type TurnCommit,
  StoreUnavailableError,
} from '../store.ts';
import { studyWithDefaults } from '../study-defaults.ts';
import { truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { dropRetiredJournal, FILES, type OpenJournalFile, retireJournal, startJournal } from './data-dir.ts';
import { Journal, type JournalFile } from './journal.ts';
import { loadDataDir } from './load.ts';
import { type RecoveryWarn, warnToStderr } from './recovery.ts';
import { RepairLoop } from './repair-loop.ts';
import type { Mutation } from './mutations.ts';
import { decideClaim } from './idempotency-claim.ts';
import { pageOf } from './ordered-index.ts';
import { matchesSessionFilter, type SessionFilter } from '../session-filter.ts';
import { writeSnapshot } from './snapshot.ts';
import { type ImpressionCounts, type MemoryState, type SessionEntry, studyKey } from './state.ts';
import type { WebhookDeliveryClaim, WebhookDeliveryRecord, WebhookDeliveryRef } from '../webhook-outbox.ts';
import { EmbeddedWebhookOutbox } from './webhook-outbox.ts';

/** What an EmbeddedStore runs on, as prepared by openEmbeddedStore (embedded-store.ts). */
export interface EmbeddedStoreParts {
  dir: string;
  state: MemoryState;
  journal: { file: JournalFile; size: number; epoch: number };
  compactAtBytes: number;
  openJournalFile: OpenJournalFile;
  now: () => number;
  releaseLock: () => Promise<void>;
  /** Where a write failure and its repair are reported; default stderr. */
  warn?: RecoveryWarn;
  /** First wait (ms) before a repair attempt after a failed write; doubles up to 30 s (repair-loop.ts). */
  repairDelayMs: number;
  /** Checks the disk takes writes again (probeWritable in data-dir.ts). */
  probeDisk: (dir: string) => Promise<void>;
}

const STUDY_FIELDS = ['title', 'researchQuestion', 'plan', 'experience', 'triggers', 'targeting', 'status', 'priority', 'archived', 'updatedAt'] as const;
const TURN_CHANGE_FIELDS = ['state', 'progress', 'status', 'fallbacks', 'endReason', 'endedAt', 'usage'] as const;

/** Copies only the listed keys that are set, so stray keys (an id, undefined values) never reach a stored record. */
function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (from[k] !== undefined) out[k] = from[k];
  return out;
}

/** A record key inside one workspace; the separator cannot occur in ids. */
function scoped(workspaceId: string, id: string): string {
  return `${workspaceId}\u0000${id}`;
}

function sessionCopy(e: SessionEntry): SessionWithTurns {
  return structuredClone({ session: e.record, turns: e.turns });
}

/** Why a turn cannot be committed, checked in this order; null if it can. */
function refusalOf(e: SessionEntry | undefined, commit: TurnCommit): Extract<CommitOutcome, { ok: false }>['reason'] | null {
  if (!e) return 'not_found';
  if (e.record.status !== 'active') return 'not_active';
  if (e.record.version !== commit.expectedVersion) return 'stale';
  if (e.turnIds.has(commit.participantTurn.id)) return 'duplicate_turn';
  return null;
}

/** The durable embedded Store; open it with `openEmbeddedStore`. */
export class EmbeddedStore implements Store {
  readonly kind = 'embedded';
  // Both are replaced when a repair rebuilds the store from disk after a failed write.
  private state: MemoryState;
  private journal: Journal;
  private epoch: number;
  private compaction: Promise<void> | null = null;
  private closed = false;
  private readonly repairs: RepairLoop;
  /** Owner of this process's idempotency claims: any other owner's pending claim found here died with its process. */
  private readonly instance = crypto.randomUUID();

  /** Saves of session analyses per study since this store was opened: one process owns the files, so memory is enough. */
  private readonly analysisRevisions = new Map<string, number>();
  /** The durable webhook outbox (webhook-outbox.ts), on this store's state and journal. */
  private readonly outbox = new EmbeddedWebhookOutbox({ state: () => this.state, write: (m) => this.write(m), settled: (v) => this.settled(v), usable: () => this.usable() });

  constructor(private readonly parts: EmbeddedStoreParts) {
    this.state = parts.state;
    this.epoch = parts.journal.epoch;
    this.repairs = new RepairLoop({
      delayMs: parts.repairDelayMs,
      attempt: () => this.repair(),
      broken: () => !this.closed && this.journal.failure !== null,
      warn: parts.warn ?? warnToStderr,
    });
    this.journal = this.journalOn(parts.journal.file, parts.journal.size);
  }

  async createWorkspace(workspace: WorkspaceRecord, credentials: CredentialRecord[]): Promise<void> {
    this.usable();
    const existing = this.state.workspace(workspace.id);
    // The same record again is the same keyed create, retried after a crash (http/idempotency.ts): already done.
    if (existing && JSON.stringify(existing) === JSON.stringify(workspace)) return this.settled(undefined);
    if (existing) throw new Error(`workspace ${workspace.id} already exists`);
    await this.write({ op: 'workspace', workspace, credentials });
  }

  async listWorkspaceIds(): Promise<string[]> {
    this.usable();
    return this.settled(this.state.workspaceIds());
  }

  async getWorkspace(id: string): Promise<WorkspaceRecord | null> {
    this.usable();
    return this.settled(structuredClone(this.state.workspace(id) ?? null));
  }

  async findCredential(hash: string): Promise<CredentialRecord | null> {
    this.usable();
    return this.settled(structuredClone(this.state.credential(hash) ?? null));
  }

  async createStudy(study: StudyRecord): Promise<Study> {
    this.usable();
    const existing = this.state.study(study.workspaceId, study.id);
    // Same id and time: the same keyed create, retried after a crash (http/idempotency.ts); the first one stands.
    if (existing && existing.createdAt === study.createdAt) return this.settled(this.studyCopy(study.workspaceId, study.id)!);
    if (existing) throw new Error(`study ${study.id} already exists`);
    const done = this.write({ op: 'study', study });
    const out = this.studyCopy(study.workspaceId, study.id)!;
    await done;
    return out;
  }

  async getStudy(workspaceId: string, id: string): Promise<Study | null> {
    this.usable();
    return this.settled(this.studyCopy(workspaceId, id));
  }

  async findStudyWorkspace(studyId: string): Promise<string | null> {
    this.usable();
    return this.settled(this.state.studyOwner(studyId) ?? null);
  }

  async listStudies(workspaceId: string, page: PageRequest, filter: StudyFilter = {}): Promise<Page<Study>> {
    this.usable();
    const archived = filter.archived === true;
    const found = pageOf(this.state.studyIndex(workspaceId), page.cursor, page.limit, (id) => {
      const study = this.state.study(workspaceId, id);
      return study && (study.archived === true) === archived ? this.studyCopy(workspaceId, id)! : undefined;
    });
    return this.settled(found);
  }

  async updateStudy(workspaceId: string, id: string, changes: Partial<Omit<StudyRecord, 'id' | 'workspaceId' | 'createdAt'>>): Promise<Study | null> {
    this.usable();
    const current = this.state.study(workspaceId, id);
    if (!current) return this.settled(null);
    const done = this.write({ op: 'study', study: { ...current, ...pick(changes, STUDY_FIELDS) } });
    const out = this.studyCopy(workspaceId, id);
    await done;
    return out;
  }

  async createSession(session: SessionRecord, turns: StoredTurn[], token: CredentialRecord, limits: SessionLimits = {}): Promise<CreateSessionOutcome> {
    this.usable();
    if (this.state.session(session.workspaceId, session.id)) {
      // Its own token already stored: the same keyed create, retried after a crash (http/idempotency.ts); already done.
      if (this.state.credential(token.hash)?.sessionId === session.id) return this.settled({ ok: true });
      throw new Error(`session ${session.id} already exists`);
    }
    // Checked and written in one synchronous step of the event loop: no other start can land in between.
    const { maxSessions } = limits;
    if (!session.test && maxSessions !== undefined && this.state.stats(session.workspaceId, session.studyId).sessions >= maxSessions) {
      return this.settled({ ok: false, reason: 'quota_reached' });
    }
    const { invitation } = limits;
    const used = invitation && this.state.record<InvitationRecord>('invitation', invitation.id)?.sessionId;
    if (used && used !== session.id) return this.settled({ ok: false, reason: 'invitation_used' });
    const written = this.write({ op: 'session', session, turns, token });
    // Queued in the same synchronous step as the session: no other start sees the invitation unused in between.
    const marked = invitation ? this.write({ op: 'record', kind: 'invitation', key: invitation.id, value: { ...invitation, sessionId: session.id } }) : undefined;
    await written;
    await marked;
    return { ok: true };
  }

  async getSession(workspaceId: string, id: string): Promise<SessionWithTurns | null> {
    this.usable();
    const e = this.state.session(workspaceId, id);
    return this.settled(e ? sessionCopy(e) : null);
  }

  async listSessions(
    workspaceId: string,
    filter: SessionFilter,
    page: PageRequest,
  ): Promise<Page<SessionWithTurns>> {
    this.usable();
    const found = pageOf(this.state.sessionIndex(workspaceId, filter.studyId), page.cursor, page.limit, (id) => {
      const e = this.state.session(workspaceId, id);
      return e && matchesSessionFilter(e.record, filter) ? e : undefined;
    });
    return this.settled({ data: found.data.map(sessionCopy), nextCursor: found.nextCursor });
  }

  async commitTurn(workspaceId: string, sessionId: string, commit: TurnCommit): Promise<CommitOutcome> {
    this.usable();
    const e = this.state.session(workspaceId, sessionId);
    const refusal = refusalOf(e, commit);
    if (!e || refusal) return this.settled({ ok: false, reason: refusal ?? 'not_found' });
    const session = { ...e.record, ...pick(commit.changes, TURN_CHANGE_FIELDS), version: e.record.version + 1 };
    const done = this.write({ op: 'session', session, turns: [commit.participantTurn, commit.reply] });
    const out = structuredClone(e.record);
    await done;
    return { ok: true, session: out };
  }

  async endSession(
    workspaceId: string,
    sessionId: string,
    end: { status: 'completed' | 'abandoned'; endReason: SessionEndReason; endedAt: string },
  ): Promise<SessionRecord | null> {
    this.usable();
    const e = this.state.session(workspaceId, sessionId);
    if (!e || e.record.status !== 'active') return this.settled(e ? structuredClone(e.record) : null);
    const { status, endReason, endedAt } = end;
    const done = this.write({ op: 'session', session: { ...e.record, status, endReason, endedAt, version: e.record.version + 1 }, turns: [] });
    const out = structuredClone(e.record);
    await done;
    return out;
  }

  async recordImpression(workspaceId: string, studyId: string, kind: ImpressionKind): Promise<boolean> {
    this.usable();
    if (!this.state.study(workspaceId, studyId)) return this.settled(false);
    const key = studyKey(workspaceId, studyId);
    const seen = this.state.record<ImpressionCounts>('impressions', key) ?? { shown: 0, dismissed: 0 };
    await this.write({ op: 'record', kind: 'impressions', key, value: { ...seen, [kind]: seen[kind] + 1 } });
    return true;
  }

  async deleteStudy(workspaceId: string, studyId: string): Promise<DeleteStudyOutcome> {
    this.usable();
    if (!this.state.study(workspaceId, studyId)) return this.settled({ deleted: false, reason: 'not_found' });
    const { sessions } = this.state.stats(workspaceId, studyId);
    if (sessions > 0) return this.settled({ deleted: false, reason: 'has_sessions', sessions });
    await this.write({ op: 'drop_study', workspaceId, studyId });
    this.analysisRevisions.delete(scoped(workspaceId, studyId));
    return { deleted: true };
  }

  async getParticipant(workspaceId: string, participantId: string): Promise<ParticipantRecord | null> {
    this.usable();
    return this.settled(structuredClone(this.state.record<ParticipantRecord>('participant', scoped(workspaceId, participantId)) ?? null));
  }

  async saveParticipant(record: ParticipantRecord, expectedVersion: number): Promise<boolean> {
    this.usable();
    const key = scoped(record.workspaceId, record.id);
    const current = this.state.record<ParticipantRecord>('participant', key);
    if ((current?.version ?? 0) !== expectedVersion) return this.settled(false);
    await this.write({ op: 'record', kind: 'participant', key, value: { ...record, version: expectedVersion + 1 } });
    return true;
  }

  async saveInvitation(invitation: InvitationRecord): Promise<void> {
    this.usable();
    await this.write({ op: 'record', kind: 'invitation', key: invitation.id, value: invitation });
  }

  async findInvitation(id: string): Promise<InvitationRecord | null> {
    this.usable();
    return this.settled(structuredClone(this.state.record<InvitationRecord>('invitation', id) ?? null));
  }

  async createWebhook(webhook: WebhookRecord): Promise<void> {
    this.usable();
    await this.write({ op: 'record', kind: 'webhook', key: scoped(webhook.workspaceId, webhook.id), value: webhook });
  }

  async listWebhooks(workspaceId: string): Promise<WebhookRecord[]> {
    this.usable();
    return this.settled(structuredClone(this.state.recordsWithPrefix<WebhookRecord>('webhook', scoped(workspaceId, ''))));
  }

  async deleteWebhook(workspaceId: string, id: string): Promise<boolean> {
    this.usable();
    const key = scoped(workspaceId, id);
    if (!this.state.record('webhook', key)) return this.settled(false);
    await this.write({ op: 'drop_webhook', workspaceId, webhookId: id });
    return true;
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

  async saveSessionAnalysis(workspaceId: string, studyId: string, sessionId: string, analysis: SessionAnalysisRecord): Promise<void> {
    this.usable();
    const stored = this.state.record<SessionAnalysisRecord>('analysis', scoped(workspaceId, `${studyId}\u0000${sessionId}`));
    if (stored && stored.analyzedTurns > analysis.analyzedTurns) return this.settled(undefined);
    await this.write({ op: 'record', kind: 'analysis', key: scoped(workspaceId, `${studyId}\u0000${sessionId}`), value: analysis });
    const key = scoped(workspaceId, studyId);
    this.analysisRevisions.set(key, (this.analysisRevisions.get(key) ?? 0) + 1);
  }

  async analysisRevision(workspaceId: string, studyId: string): Promise<number> {
    this.usable();
    return this.settled(this.analysisRevisions.get(scoped(workspaceId, studyId)) ?? 0);
  }

  async listSessionAnalyses(workspaceId: string, studyId: string): Promise<SessionAnalysisRecord[]> {
    this.usable();
    return this.settled(structuredClone(this.state.recordsWithPrefix<SessionAnalysisRecord>('analysis', scoped(workspaceId, `${studyId}\u0000`))));
  }

  async saveStudyInsights(workspaceId: string, studyId: string, insights: unknown): Promise<void> {
    this.usable();
    await this.write({ op: 'record', kind: 'insights', key: scoped(workspaceId, studyId), value: insights });
  }

  async getStudyInsights(workspaceId: string, studyId: string): Promise<unknown | null> {
    this.usable();
    return this.settled(structuredClone(this.state.record('insights', scoped(workspaceId, studyId)) ?? null));
  }

  async claimIdempotencyKey(scope: string, key: string, fingerprint: string, nowMs: number, ttlMs: number, leaseMs = ttlMs): Promise<IdempotencyClaim> {
    this.usable();
    const { claim, write } = decideClaim(this.state.idempotencyEntry(scope, key), { fingerprint, nowMs, ttlMs, leaseMs, owner: this.instance });
    if (!write) return this.settled(claim);
    await this.write({ op: 'idempotency', scope, key, entry: write });
    return claim;
  }

  async renewIdempotencyKey(scope: string, key: string, claimId: string, nowMs: number, leaseMs: number): Promise<boolean> {
    this.usable();
    const entry = this.state.idempotencyEntry(scope, key);
    if (!entry || entry.claim !== claimId || entry.response !== undefined) return this.settled(false);
    await this.write({ op: 'idempotency', scope, key, entry: { ...entry, leaseUntil: nowMs + leaseMs } });
    return true;
  }

  async completeIdempotencyKey(scope: string, key: string, response: StoredResponse, claimId: string): Promise<void> {
    this.usable();
    const entry = this.state.idempotencyEntry(scope, key);
    if (!entry || entry.claim !== claimId) return this.settled(undefined);
    await this.write({ op: 'idempotency', scope, key, entry: { ...entry, response } });
  }

  async releaseIdempotencyKey(scope: string, key: string, claimId: string): Promise<void> {
    this.usable();
    if (this.state.idempotencyEntry(scope, key)?.claim !== claimId) return this.settled(undefined);
    await this.write({ op: 'idempotency_release', scope, key });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.repairs.stop();
    await this.compaction;
    await this.journal.close();
    await this.parts.releaseLock();
  }

  private usable(): void {
    if (this.closed) throw new StoreUnavailableError('embedded store is closed');
    if (this.journal.failure) throw this.journal.failure;
  }

  /**
   * Applies a mutation to memory now and resolves once it is on disk. Memory gets the parsed journal line, not the
   * caller's objects: callers cannot mutate it afterwards, and live state is exactly what a replay would rebuild.
   */
  private write(m: Mutation): Promise<void> {
    const line = JSON.stringify(m);
    this.state.apply(JSON.parse(line) as Mutation);
    return this.journal.append(line);
  }

  /** Returns a result computed now, once every write issued before it is durable. */
  private async settled<T>(value: T): Promise<T> {
    await this.journal.barrier();
    return value;
  }

  private studyCopy(workspaceId: string, id: string): Study | null {
    const study = this.state.study(workspaceId, id);
    return study ? { ...studyWithDefaults(structuredClone(study)), stats: this.state.stats(workspaceId, id), usage: this.state.usage(workspaceId, id) } : null;
  }

  private journalOn(file: JournalFile, size: number): Journal {
    return new Journal(file, size, (s) => this.maybeCompact(s), (failure) => this.repairs.schedule(failure));
  }

  /**
   * Recovers in place from a failed write, as a restart would: cuts the refused write off the journal, rebuilds memory
   * from disk (so nothing refused stays applied), writes a fresh snapshot and journal, and swaps them in. Everything is
   * refused meanwhile; a failure at any step leaves the directory loadable and the store failed, to be retried.
   */
  private async repair(): Promise<void> {
    const { dir, openJournalFile, now } = this.parts;
    await this.compaction;
    await this.parts.probeDisk(dir);
    const failed = this.journal;
    await failed.close();
    if (failed.goodSize !== null) {
      await truncate(join(dir, FILES.journal), failed.goodSize);
      // Cut once: a later attempt may find a newer journal in that place.
      failed.goodSize = null;
    }
    // Never in truncate mode: damage found here is new since start-up, and an operator should look at it first.
    const loaded = await loadDataDir(dir, { openJournalFile, now, ...(this.parts.warn ? { recover: { warn: this.parts.warn } } : {}) });
    if (this.closed) {
      await loaded.journal.file.close();
      return;
    }
    this.state = loaded.state;
    this.epoch = loaded.journal.epoch;
    this.journal = this.journalOn(loaded.journal.file, loaded.journal.size);
  }

  private maybeCompact(size: number): void {
    if (size < this.parts.compactAtBytes || this.compaction || this.closed || this.journal.failure) return;
    this.compaction = this.compact()
      .catch((err: unknown) => void this.journal.fail(err))
      .finally(() => {
        this.compaction = null;
      });
  }

  /**
   * Folds the journal into a new snapshot while writers carry on: the journal switches files at a batch boundary where
   * memory is captured (references only), then the capture is serialised in chunks in the background.
   */
  private async compact(): Promise<void> {
    const { dir, openJournalFile, now } = this.parts;
    const next = this.epoch + 1;
    const records = await this.journal.rotate(
      () => this.state.capture(now()),
      async () => {
        await retireJournal(dir);
        // The snapshot on disk is still the one for this.epoch until the new one below is written.
        return startJournal(dir, next, this.epoch, openJournalFile);
      },
    );
    this.epoch = next;
    await writeSnapshot(dir, records, next);
    await dropRetiredJournal(dir);
  }
}
