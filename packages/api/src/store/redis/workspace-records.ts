import type { Redis } from '@upstash/redis';
import type { InvitationRecord, ParticipantRecord, WebhookRecord } from '../../domain/records.ts';
import type { SessionAnalysisRecord } from '../store.ts';
import type { OrderedRecordKeys, RedisKeys } from './keys.ts';
import { fromJson } from './record-fields.ts';
import type { StoreScripts } from './store-scripts.ts';
import { RedisStoreRefusal, reachRedis } from './store-unavailable.ts';

/**
 * The RedisStore's simpler records — participants (compare-and-set), invitations, webhooks, session analyses and study
 * insights — each one key, or an insertion-ordered hash (scripts/ordered-records.ts). RedisStore delegates to this.
 */
export class WorkspaceRecords {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly scripts: StoreScripts,
  ) {}

  /** See Store.getParticipant. */
  async getParticipant(workspaceId: string, participantId: string): Promise<ParticipantRecord | null> {
    const [json, version] = await reachRedis('getParticipant', () =>
      this.redis.exec<[string | null, string | null]>(['HMGET', this.keys.participant(workspaceId, participantId), 'record', 'version']),
    );
    return json ? { ...(JSON.parse(json) as ParticipantRecord), version: Number(version) } : null;
  }

  /** See Store.saveParticipant. */
  async saveParticipant(record: ParticipantRecord, expectedVersion: number): Promise<boolean> {
    const json = JSON.stringify({ ...record, version: expectedVersion + 1 });
    const key = this.keys.participant(record.workspaceId, record.id);
    const saved = await reachRedis('saveParticipant', () => this.scripts.saveParticipant.exec([key], [String(expectedVersion), json, crypto.randomUUID()]));
    return Number(saved) === 1;
  }

  /** See Store.saveInvitation. */
  async saveInvitation(invitation: InvitationRecord): Promise<void> {
    const index = this.keys.studyInvitations(invitation.workspaceId, invitation.studyId);
    // One transaction: an invitation is never stored without being findable from its study (which deletes it with itself).
    const tx = this.redis.multi().set(this.keys.invitation(invitation.id), JSON.stringify(invitation)).sadd(index, invitation.id);
    await reachRedis('saveInvitation', () => tx.exec());
  }

  /** See Store.findInvitation. */
  async findInvitation(id: string): Promise<InvitationRecord | null> {
    return fromJson(await reachRedis('findInvitation', () => this.redis.get<string>(this.keys.invitation(id))));
  }

  /** See Store.createWebhook. */
  async createWebhook(webhook: WebhookRecord): Promise<void> {
    await this.put('createWebhook', this.keys.webhooks(webhook.workspaceId), webhook.id, webhook, 'create');
  }

  /** See Store.listWebhooks. */
  listWebhooks(workspaceId: string): Promise<WebhookRecord[]> {
    return this.list('listWebhooks', this.keys.webhooks(workspaceId));
  }

  /** See Store.deleteWebhook. */
  async deleteWebhook(workspaceId: string, id: string): Promise<boolean> {
    const k = this.keys.webhooks(workspaceId);
    return Number(await reachRedis('deleteWebhook', () => this.scripts.deleteOrderedRecord.exec([k.records, k.order, k.sequence], [id]))) === 1;
  }

  /** See Store.saveSessionAnalysis. */
  async saveSessionAnalysis(workspaceId: string, studyId: string, sessionId: string, analysis: SessionAnalysisRecord): Promise<void> {
    const k = this.keys.analyses(workspaceId, studyId);
    const keys = [k.records, k.order, k.sequence, this.keys.analysisRevision(workspaceId, studyId)];
    await reachRedis('saveSessionAnalysis', () => this.scripts.putSessionAnalysis.exec(keys, [sessionId, JSON.stringify(analysis), String(analysis.analyzedTurns)]));
  }

  /** See Store.analysisRevision. */
  async analysisRevision(workspaceId: string, studyId: string): Promise<number> {
    return Number((await reachRedis('analysisRevision', () => this.redis.get<string | number>(this.keys.analysisRevision(workspaceId, studyId)))) ?? 0);
  }

  /** See Store.listSessionAnalyses. */
  listSessionAnalyses(workspaceId: string, studyId: string): Promise<SessionAnalysisRecord[]> {
    return this.list('listSessionAnalyses', this.keys.analyses(workspaceId, studyId));
  }

  /** See Store.saveStudyInsights. */
  async saveStudyInsights(workspaceId: string, studyId: string, insights: unknown): Promise<void> {
    await reachRedis('saveStudyInsights', () => this.redis.set(this.keys.insights(workspaceId, studyId), JSON.stringify(insights)));
  }

  /** See Store.getStudyInsights. */
  async getStudyInsights(workspaceId: string, studyId: string): Promise<unknown | null> {
    return fromJson(await reachRedis('getStudyInsights', () => this.redis.get<string>(this.keys.insights(workspaceId, studyId))));
  }

  private async put(operation: string, k: OrderedRecordKeys, id: string, record: unknown, mode: 'create' | 'replace'): Promise<void> {
    const [outcome] = await reachRedis(operation, () => this.scripts.putOrderedRecord.exec([k.records, k.order, k.sequence], [id, JSON.stringify(record), mode]));
    if (outcome !== 'ok') throw new RedisStoreRefusal(`${operation} ${id}: ${outcome}`);
  }

  private async list<T>(operation: string, k: OrderedRecordKeys): Promise<T[]> {
    const jsons = await reachRedis(operation, () => this.scripts.listOrderedRecords.exec([k.records, k.order, k.sequence], []));
    return jsons.filter((j): j is string => typeof j === 'string').map((j) => JSON.parse(j) as T);
  }
}
