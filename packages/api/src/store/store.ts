import type { Study } from '@parley/protocol';
import type {
  CredentialRecord,
  SessionEndReason,
  InvitationRecord,
  ParticipantRecord,
  WebhookRecord,
  Page,
  SessionRecord,
  SessionWithTurns,
  StoredTurn,
  StudyRecord,
  WorkspaceRecord,
} from '../domain/records.ts';
import type { SessionFilter } from './session-filter.ts';
import type { WebhookOutboxStore } from './webhook-outbox.ts';

/** Paging request of a list. `cursor` is whatever the store returned as `nextCursor`. */
export interface PageRequest {
  limit: number;
  cursor?: string;
}

/** The session changes written together with one participant turn and its reply. */
export interface TurnCommit {
  /** The session version the reply was computed from; the commit fails if another write came first. */
  expectedVersion: number;
  participantTurn: StoredTurn;
  reply: StoredTurn;
  changes: Pick<SessionRecord, 'state' | 'progress' | 'status' | 'fallbacks'> & Partial<Pick<SessionRecord, 'endReason' | 'endedAt' | 'usage'>>;
}

/** Outcome of `commitTurn`: written, or why not (nothing was written then). */
export type CommitOutcome =
  | { ok: true; session: SessionRecord }
  | { ok: false; reason: 'not_found' | 'not_active' | 'stale' | 'duplicate_turn' };

/** One session's analysis as stored; the analysis side owns the shape of `data`. */
export interface SessionAnalysisRecord {
  sessionId: string;
  analyzedTurns: number;
  updatedAt: string;
  data: unknown;
}

/** Limits a new session must respect, checked atomically with its write. */
export interface SessionLimits {
  /** The study's quota (`targeting.maxSessions`): refused once this many real (non-test) sessions exist. */
  maxSessions?: number;
  /**
   * The invitation the session answers: refused when it already started another session; otherwise stored as this
   * one (the given record, `sessionId` set) in the same atomic step, so two starts at once cannot both use it.
   */
  invitation?: InvitationRecord;
}

/** Outcome of `createSession`: written, or refused (nothing was written then). */
export type CreateSessionOutcome = { ok: true } | { ok: false; reason: 'quota_reached' | 'invitation_used' };

/** What a widget impression was: shown, or declined with "Not now". */
export type ImpressionKind = 'shown' | 'dismissed';

/** Outcome of `deleteStudy`: deleted, or why not (nothing was deleted then). */
export type DeleteStudyOutcome = { deleted: true } | { deleted: false; reason: 'not_found' } | { deleted: false; reason: 'has_sessions'; sessions: number };

/** What `Store.listStudies` can filter by. */
export interface StudyFilter {
  /** true: only archived studies; false or absent: only the others (archived studies leave the default list). */
  archived?: boolean;
}

/** State of an idempotency key after trying to claim it. */
export type IdempotencyClaim =
  /**
   * `seed` and `claimedAt` are the key's, not this claim's: a claim that takes over a dead one keeps them, so the retry
   * derives the same ids, secrets and timestamps as the request that died (see http/idempotency.ts).
   */
  | { state: 'claimed'; claimId: string; seed: string; claimedAt: number }
  | { state: 'pending'; fingerprint: string }
  | { state: 'done'; fingerprint: string; response: StoredResponse };

/** A response remembered for an idempotency key. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

/**
 * The Store port: every durable thing Parley keeps, as domain operations.
 * Every method that takes a workspaceId must never return or touch another workspace's objects.
 * A resolved write is durable (acknowledged writes survive a crash); a failure to reach the storage
 * rejects with `StoreUnavailableError`.
 */
export interface Store extends WebhookOutboxStore {
  /** A short name for /healthz, e.g. "embedded" or "redis". */
  readonly kind: string;

  /** Stores a new workspace together with its credentials, atomically. */
  createWorkspace(workspace: WorkspaceRecord, credentials: CredentialRecord[]): Promise<void>;
  /** Every workspace's id, sorted (start-up work such as analysis catch-up goes through them all). */
  listWorkspaceIds(): Promise<string[]>;
  /** Reads a workspace by id. */
  getWorkspace(id: string): Promise<WorkspaceRecord | null>;
  /** Finds what a credential (by its SHA-256 hex hash) may act as. */
  findCredential(hash: string): Promise<CredentialRecord | null>;

  /** Stores a new study; returns it with zeroed stats and usage. `stats` and `usage` of a study are always derived by the store
   * from its sessions (usage = the sum of its sessions' usage), kept in step atomically with each session write. */
  createStudy(study: StudyRecord): Promise<Study>;
  /** Reads a study of this workspace, with stats. */
  getStudy(workspaceId: string, id: string): Promise<Study | null>;
  /** The workspace that owns a study id (ids are globally unique), for public links that carry only the study id. */
  findStudyWorkspace(studyId: string): Promise<string | null>;
  /** Lists a workspace's studies, newest first; archived ones only when the filter asks for them. */
  listStudies(workspaceId: string, page: PageRequest, filter?: StudyFilter): Promise<Page<Study>>;
  /** Replaces the given fields of a study; returns the result, or null if there is no such study in this workspace. */
  updateStudy(workspaceId: string, id: string, changes: Partial<Omit<StudyRecord, 'id' | 'workspaceId' | 'createdAt'>>): Promise<Study | null>;

  /**
   * Stores a new session, its first turns and its session-token credential, atomically; refuses (writing nothing) a
   * real session that would take the study past `limits.maxSessions`, checked in the same atomic step, so parallel
   * starts can never overshoot a quota. Test sessions are never refused by, nor counted against, a quota.
   */
  createSession(session: SessionRecord, turns: StoredTurn[], token: CredentialRecord, limits?: SessionLimits): Promise<CreateSessionOutcome>;
  /** Reads a session of this workspace with its turns. */
  getSession(workspaceId: string, id: string): Promise<SessionWithTurns | null>;
  /** Lists a workspace's sessions, newest first, optionally of one study, one status and/or one outcome. */
  listSessions(
    workspaceId: string,
    filter: SessionFilter,
    page: PageRequest,
  ): Promise<Page<SessionWithTurns>>;
  /**
   * Appends a participant turn and its reply and applies the session changes, atomically, only if the session is
   * active, still at `expectedVersion`, and has no turn with the participant turn's id. Refusals are checked in that
   * order (not_found, not_active, stale, duplicate_turn), so a caller that sees `stale` must re-read the session to
   * tell a concurrent retry of the same turn id from a different turn. A cursor the store did not issue reads as the end.
   */
  commitTurn(workspaceId: string, sessionId: string, commit: TurnCommit): Promise<CommitOutcome>;
  /** Ends an active session (no-op on an ended one); returns the session as it now is, or null if not found. */
  endSession(
    workspaceId: string,
    sessionId: string,
    end: { status: 'completed' | 'abandoned'; endReason: SessionEndReason; endedAt: string },
  ): Promise<SessionRecord | null>;

  /** Counts a widget impression into the study's `stats.shown` / `stats.dismissed`, atomically; false if there is no such study. */
  recordImpression(workspaceId: string, studyId: string, kind: ImpressionKind): Promise<boolean>;
  /**
   * Deletes a study nobody took part in, with its test sessions (and their tokens), analyses and insights, atomically;
   * refuses while it has real (non-test) sessions. Invitations to it are left to expire: their links then find no study.
   */
  deleteStudy(workspaceId: string, studyId: string): Promise<DeleteStudyOutcome>;

  /** A participant of this workspace, or null if none was recorded yet. */
  getParticipant(workspaceId: string, participantId: string): Promise<ParticipantRecord | null>;
  /**
   * Saves a participant if its stored version is still `expectedVersion` (0: it must not exist yet); the stored copy
   * gets version expectedVersion + 1. Returns false, writing nothing, when someone else saved first.
   */
  saveParticipant(record: ParticipantRecord, expectedVersion: number): Promise<boolean>;

  /** Creates or replaces an invitation. */
  saveInvitation(invitation: InvitationRecord): Promise<void>;
  /** An invitation by id (ids are globally unique: invitation links carry only the id). */
  findInvitation(id: string): Promise<InvitationRecord | null>;

  /** Stores a webhook endpoint. */
  createWebhook(webhook: WebhookRecord): Promise<void>;
  /** A workspace's webhook endpoints, oldest first. */
  listWebhooks(workspaceId: string): Promise<WebhookRecord[]>;
  /** Removes a webhook endpoint with its deliveries (pending ones are never attempted again); false if this workspace has none with that id. */
  deleteWebhook(workspaceId: string, id: string): Promise<boolean>;

  /**
   * Stores the analysis of one session (what the analysis side extracted from its turns), replacing the previous one
   * unless that one covers more turns (another process got further: its analysis is kept, and the revision does not
   * move); `analyzedTurns` says how many turns it covers, so a restart can tell what still needs analysing.
   */
  saveSessionAnalysis(workspaceId: string, studyId: string, sessionId: string, analysis: SessionAnalysisRecord): Promise<void>;
  /** The stored analyses of a study's sessions. */
  listSessionAnalyses(workspaceId: string, studyId: string): Promise<SessionAnalysisRecord[]>;
  /**
   * A number that grows with every `saveSessionAnalysis` of the study, by whichever process (0 before any), so an API
   * process can tell that others analysed sessions it has not seen. Read it before listing to never miss a save.
   */
  analysisRevision(workspaceId: string, studyId: string): Promise<number>;
  /** Stores a study's aggregated insights, replacing the previous ones. */
  saveStudyInsights(workspaceId: string, studyId: string, insights: unknown): Promise<void>;
  /** A study's aggregated insights, or null before any were saved. */
  getStudyInsights(workspaceId: string, studyId: string): Promise<unknown | null>;

  /**
   * Claims an idempotency key for a scope (one credential) unless it exists and has not expired. A pending claim (never
   * completed nor released) holds a lease until `nowMs + leaseMs`, renewed by its live request; once the lease lapses, or
   * (embedded store) once the process that made it is gone, its request is dead and a claim with the same fingerprint
   * takes it over at once, keeping its seed and time. `leaseMs` defaults to `ttlMs`.
   */
  claimIdempotencyKey(scope: string, key: string, fingerprint: string, nowMs: number, ttlMs: number, leaseMs?: number): Promise<IdempotencyClaim>;
  /** Extends the lease of a pending claim to `nowMs + leaseMs`; false if `claimId` no longer holds the key (it was taken over). */
  renewIdempotencyKey(scope: string, key: string, claimId: string, nowMs: number, leaseMs: number): Promise<boolean>;
  /** Records the response of a claimed key, only if `claimId` still holds it (a claim given up as abandoned does not). */
  completeIdempotencyKey(scope: string, key: string, response: StoredResponse, claimId: string): Promise<void>;
  /** Forgets a claimed key whose request failed, so the client may retry it; only if `claimId` still holds it. */
  releaseIdempotencyKey(scope: string, key: string, claimId: string): Promise<void>;

  /** Flushes and releases resources. */
  close(): Promise<void>;
}

/** The storage could not be reached or written; the API answers 503 `upstream`, and nothing was half-written. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
