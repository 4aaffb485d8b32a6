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
 * A failed write fails the store for good (StoreUnavailableError), since memory may then be ahead of the disk.
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
import { dropRetiredJournal, type OpenJournalFile, retireJournal, startJournal } from './data-dir.ts';
import { Journal, type JournalFile } from './journal.ts';
import type { Mutation } from './mutations.ts';
import { pageOf } from './ordered-index.ts';
import { matchesSessionFilter, type SessionFilter } from '../session-filter.ts';
import { writeSnapshot } from './snapshot.ts';
import { type ImpressionCounts, type MemoryState, type SessionEntry, studyKey } from './state.ts';

/** What an EmbeddedStore runs on, as prepared by openEmbeddedStore (embedded-store.ts). */
export interface EmbeddedStoreParts {
  dir: string;
  state: MemoryState;
  journal: { file: JournalFile; size: number; epoch: number };
  compactAtBytes: number;
  openJournalFile: OpenJournalFile;
  now: () => number;
  releaseLock: () => Promise<void>;
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
  private readonly state: MemoryState;
  private readonly journal: Journal;
  private epoch: number;
  private compaction: Promise<void> | null = null;
  private closed = false;

  /** Saves of session analyses per study since this store was opened: one process owns the files, so memory is enough. */
  private readonly analysisRevisions = new Map<string, number>();

  constructor(private readonly parts: EmbeddedStoreParts) {
    this.state = parts.state;
    this.epoch = parts.journal.epoch;
    this.journal = new Journal(parts.journal.file, parts.journal.size, (size) => this.maybeCompact(size));
  }

  async createWorkspace(workspace: WorkspaceRecord, credentials: CredentialRecord[]): Promise<void> {
    this.usable();
    if (this.state.workspace(workspace.id)) throw new Error(`workspace ${workspace.id} already exists`);
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
    if (this.state.study(study.workspaceId, study.id)) throw new Error(`study ${study.id} already exists`);
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
    if (this.state.session(session.workspaceId, session.id)) throw new Error(`session ${session.id} already exists`);
    // Checked and written in one synchronous step of the event loop: no other start can land in between.
    const { maxSessions } = limits;
    if (!session.test && maxSessions !== undefined && this.state.stats(session.workspaceId, session.studyId).sessions >= maxSessions) {
      return this.settled({ ok: false, reason: 'quota_reached' });
    }
    await this.write({ op: 'session', session, turns, token });
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
    await this.write({ op: 'record', kind: 'webhook', key, value: null });
    return true;
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

  async claimIdempotencyKey(scope: string, key: string, fingerprint: string, nowMs: number, ttlMs: number, pendingTtlMs = ttlMs): Promise<IdempotencyClaim> {
    this.usable();
    const entry = this.state.idempotencyEntry(scope, key);
    const abandoned = entry !== undefined && entry.response === undefined && entry.createdAt + pendingTtlMs < nowMs;
    if (!entry || entry.createdAt + entry.ttlMs < nowMs || abandoned) {
      const claimId = crypto.randomUUID();
      await this.write({ op: 'idempotency', scope, key, entry: { fingerprint, createdAt: nowMs, ttlMs, claim: claimId } });
      return { state: 'claimed', claimId };
    }
    if (entry.response === undefined) return this.settled({ state: 'pending', fingerprint: entry.fingerprint });
    return this.settled({ state: 'done', fingerprint: entry.fingerprint, response: structuredClone(entry.response) });
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
        return startJournal(dir, next, openJournalFile);
      },
    );
    this.epoch = next;
    await writeSnapshot(dir, records, next);
    await dropRetiredJournal(dir);
  }
}
