import type { Study } from '@parley/protocol';
import type { CredentialRecord, InvitationRecord, SessionRecord, StoredTurn, StudyRecord, WorkspaceRecord } from '../../domain/records.ts';
import { countersOf, zeroStats } from '../../domain/study-counts.ts';
import type { IdempotencyEntry, Mutation, RecordKind } from './mutations.ts';
import { OrderedIndex } from './ordered-index.ts';

/**
 * A session with its transcript. `record` is replaced on every write and `turns` only ever grows, so a compaction
 * can keep references to them (and the transcript length) as a point-in-time view without copying.
 */
export interface SessionEntry {
  record: SessionRecord;
  turns: StoredTurn[];
  turnIds: Set<string>;
}

/** Everything one workspace owns, so isolation is a matter of which bucket is looked in. */
interface Bucket {
  studies: Map<string, StudyRecord>;
  studyIndex: OrderedIndex;
  stats: Map<string, StudyTotals>;
  sessions: Map<string, SessionEntry>;
  sessionIndex: OrderedIndex;
  sessionsByStudy: Map<string, OrderedIndex>;
}

/** What the store derives for a study from its sessions (impressions are a record of their own). */
type StudyTotals = Study['stats'] & Study['usage'];

/** A study's impression counts, kept as the 'impressions' record under the study's scoped key. */
export interface ImpressionCounts {
  shown: number;
  dismissed: number;
}

/** The key of a study's own records (insights, impressions) inside its workspace. */
export function studyKey(workspaceId: string, studyId: string): string {
  return `${workspaceId}\u0000${studyId}`;
}

function newBucket(): Bucket {
  return { studies: new Map(), studyIndex: new OrderedIndex(), stats: new Map(), sessions: new Map(), sessionIndex: new OrderedIndex(), sessionsByStudy: new Map() };
}

function idempotencyId(scope: string, key: string): string {
  return JSON.stringify([scope, key]);
}

/** The embedded store's in-memory state: built only by applying mutations, whether live or replayed from disk. */
export class MemoryState {
  private readonly workspaces = new Map<string, WorkspaceRecord>();
  private readonly credentials = new Map<string, CredentialRecord>();
  private readonly buckets = new Map<string, Bucket>();
  private readonly owners = new Map<string, string>();
  private readonly records = new Map<RecordKind, Map<string, unknown>>();
  private readonly idempotency = new Map<string, { scope: string; key: string; entry: IdempotencyEntry }>();

  /** Applies one mutation; records are kept as given, never mutated afterwards. */
  apply(m: Mutation): void {
    switch (m.op) {
      case 'workspace':
        this.workspaces.set(m.workspace.id, m.workspace);
        for (const c of m.credentials) this.credentials.set(c.hash, c);
        return;
      case 'credentials':
        for (const c of m.credentials) this.credentials.set(c.hash, c);
        return;
      case 'study':
        return this.putStudy(m.study);
      case 'session':
        this.putSession(m.session, m.turns);
        if (m.token) this.credentials.set(m.token.hash, m.token);
        return;
      case 'idempotency':
        this.idempotency.set(idempotencyId(m.scope, m.key), { scope: m.scope, key: m.key, entry: m.entry });
        return;
      case 'idempotency_release':
        this.idempotency.delete(idempotencyId(m.scope, m.key));
        return;
      case 'drop_study':
        return this.dropStudy(m.workspaceId, m.studyId);
      case 'drop_webhook':
        return this.dropWebhook(m.workspaceId, m.webhookId);
      case 'record': {
        let byKey = this.records.get(m.kind);
        if (!byKey) this.records.set(m.kind, (byKey = new Map()));
        if (m.value === null) byKey.delete(m.key);
        else byKey.set(m.key, m.value);
        return;
      }
    }
  }

  /** A workspace by id. */
  /** Every workspace id, sorted. */
  workspaceIds(): string[] {
    return [...this.workspaces.keys()].sort();
  }

  workspace(id: string): WorkspaceRecord | undefined {
    return this.workspaces.get(id);
  }

  /** A credential by hash. */
  credential(hash: string): CredentialRecord | undefined {
    return this.credentials.get(hash);
  }

  /** A keyed record (participant, invitation, webhook), as stored. */
  record<T>(kind: RecordKind, key: string): T | undefined {
    return this.records.get(kind)?.get(key) as T | undefined;
  }

  /** Every record of a kind whose key starts with `prefix`, in insertion order. */
  recordsWithPrefix<T>(kind: RecordKind, prefix: string): T[] {
    const out: T[] = [];
    for (const [key, value] of this.records.get(kind) ?? []) if (key.startsWith(prefix)) out.push(value as T);
    return out;
  }

  /** The workspace holding a study id. */
  studyOwner(studyId: string): string | undefined {
    return this.owners.get(studyId);
  }

  /** A study of this workspace. */
  study(workspaceId: string, id: string): StudyRecord | undefined {
    return this.buckets.get(workspaceId)?.studies.get(id);
  }

  /** Counts of a study: sessions derived from its sessions as they were applied, impressions from their record. */
  stats(workspaceId: string, studyId: string): Study['stats'] {
    const s = this.buckets.get(workspaceId)?.stats.get(studyId);
    const seen = this.record<ImpressionCounts>('impressions', studyKey(workspaceId, studyId));
    const { promptTokens: _p, completionTokens: _c, ...counts } = s ?? { ...zeroStats(), promptTokens: 0, completionTokens: 0 };
    return { ...counts, shown: seen?.shown ?? 0, dismissed: seen?.dismissed ?? 0 };
  }

  /** Model tokens of a study: the sum over its sessions. */
  usage(workspaceId: string, studyId: string): Study['usage'] {
    const s = this.buckets.get(workspaceId)?.stats.get(studyId);
    return { promptTokens: s?.promptTokens ?? 0, completionTokens: s?.completionTokens ?? 0 };
  }

  /** The order of a workspace's studies. */
  studyIndex(workspaceId: string): OrderedIndex | undefined {
    return this.buckets.get(workspaceId)?.studyIndex;
  }

  /** A session of this workspace with its transcript. */
  session(workspaceId: string, id: string): SessionEntry | undefined {
    return this.buckets.get(workspaceId)?.sessions.get(id);
  }

  /** The order of a workspace's sessions, or of one study's. */
  sessionIndex(workspaceId: string, studyId?: string): OrderedIndex | undefined {
    const b = this.buckets.get(workspaceId);
    return studyId === undefined ? b?.sessionIndex : b?.sessionsByStudy.get(studyId);
  }

  /** An idempotency key, expired or not. */
  idempotencyEntry(scope: string, key: string): IdempotencyEntry | undefined {
    return this.idempotency.get(idempotencyId(scope, key))?.entry;
  }

  /**
   * The whole state as mutations that rebuild it, for a snapshot; expired idempotency keys are dropped here (and from
   * memory, where they already count as absent). Synchronous and reference-only, so it is a consistent cut that costs
   * pointer copies, not serialisation.
   */
  capture(nowMs: number): Mutation[] {
    const out: Mutation[] = [];
    for (const workspace of this.workspaces.values()) out.push({ op: 'workspace', workspace, credentials: [] });
    if (this.credentials.size > 0) out.push({ op: 'credentials', credentials: [...this.credentials.values()] });
    for (const b of this.buckets.values()) {
      for (const id of b.studyIndex.ids()) out.push({ op: 'study', study: b.studies.get(id)! });
      for (const id of b.sessionIndex.ids()) {
        const e = b.sessions.get(id)!;
        out.push({ op: 'session', session: e.record, turns: e.turns.slice() });
      }
    }
    for (const [kind, byKey] of this.records) for (const [key, value] of byKey) out.push({ op: 'record', kind, key, value });
    for (const [id, { scope, key, entry }] of this.idempotency) {
      if (entry.createdAt + entry.ttlMs < nowMs) this.idempotency.delete(id);
      else out.push({ op: 'idempotency', scope, key, entry });
    }
    return out;
  }

  private bucket(workspaceId: string): Bucket {
    let b = this.buckets.get(workspaceId);
    if (!b) this.buckets.set(workspaceId, (b = newBucket()));
    return b;
  }

  private statsOf(b: Bucket, studyId: string): StudyTotals {
    let s = b.stats.get(studyId);
    if (!s) b.stats.set(studyId, (s = { ...zeroStats(), promptTokens: 0, completionTokens: 0 }));
    return s;
  }

  private putStudy(study: StudyRecord): void {
    const b = this.bucket(study.workspaceId);
    if (!b.studies.has(study.id)) b.studyIndex.insert(study.id, study.createdAt);
    this.owners.set(study.id, study.workspaceId);
    b.studies.set(study.id, study);
    this.statsOf(b, study.id);
  }

  private putSession(session: SessionRecord, turns: StoredTurn[]): void {
    const b = this.bucket(session.workspaceId);
    let entry = b.sessions.get(session.id);
    const stats = this.statsOf(b, session.studyId);
    // Out with what the session counted as before this write, in with what it counts as now.
    if (entry) for (const c of countersOf(entry.record)) stats[c]--;
    for (const c of countersOf(session)) stats[c]++;
    // Records written before usage existed have none.
    stats.promptTokens += (session.usage?.promptTokens ?? 0) - (entry?.record.usage?.promptTokens ?? 0);
    stats.completionTokens += (session.usage?.completionTokens ?? 0) - (entry?.record.usage?.completionTokens ?? 0);
    if (!entry) {
      entry = { record: session, turns: [], turnIds: new Set() };
      b.sessions.set(session.id, entry);
      b.sessionIndex.insert(session.id, session.startedAt);
      let byStudy = b.sessionsByStudy.get(session.studyId);
      if (!byStudy) b.sessionsByStudy.set(session.studyId, (byStudy = new OrderedIndex()));
      byStudy.insert(session.id, session.startedAt);
    }
    entry.record = session;
    for (const t of turns) {
      entry.turns.push(t);
      entry.turnIds.add(t.id);
    }
  }

  private dropWebhook(workspaceId: string, webhookId: string): void {
    // Keyed like every workspace record (workspace, then id); its deliveries under that key and their own id.
    const own = studyKey(workspaceId, webhookId);
    this.records.get('webhook')?.delete(own);
    const deliveries = this.records.get('webhook_delivery');
    for (const key of [...(deliveries?.keys() ?? [])]) if (key.startsWith(`${own}\u0000`)) deliveries!.delete(key);
  }

  private dropStudy(workspaceId: string, studyId: string): void {
    const b = this.buckets.get(workspaceId);
    const study = b?.studies.get(studyId);
    if (!b || !study) return;
    const sessionIds = new Set(b.sessionsByStudy.get(studyId)?.ids() ?? []);
    for (const id of sessionIds) {
      const e = b.sessions.get(id);
      if (e) b.sessionIndex.remove(id, e.record.startedAt);
      b.sessions.delete(id);
    }
    for (const [hash, c] of this.credentials) if (c.kind === 'session' && c.workspaceId === workspaceId && c.sessionId && sessionIds.has(c.sessionId)) this.credentials.delete(hash);
    b.sessionsByStudy.delete(studyId);
    b.studies.delete(studyId);
    b.studyIndex.remove(studyId, study.createdAt);
    b.stats.delete(studyId);
    this.owners.delete(studyId);
    const own = studyKey(workspaceId, studyId);
    this.records.get('insights')?.delete(own);
    this.records.get('impressions')?.delete(own);
    const analyses = this.records.get('analysis');
    for (const key of [...(analyses?.keys() ?? [])]) if (key.startsWith(`${own}\u0000`)) analyses!.delete(key);
    const invitations = this.records.get('invitation');
    for (const [key, inv] of [...(invitations ?? [])]) {
      const i = inv as InvitationRecord;
      if (i.workspaceId === workspaceId && i.studyId === studyId) invitations!.delete(key);
    }
  }
}
