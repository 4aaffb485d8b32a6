import type { Redis } from '@upstash/redis';
import type { StudyRecord } from '../../domain/records.ts';
import { type DeleteStudyOutcome, StoreUnavailableError } from '../store.ts';
import type { RedisKeys } from './keys.ts';
import { idOfMember, orderMember } from './list-order.ts';
import type { StoreScripts } from './store-scripts.ts';
import { reachRedis } from './store-unavailable.ts';

const ATTEMPTS = 8;

/**
 * Store.deleteStudy on Redis. A Lua script must name every key it touches, and the study's sessions, their tokens and
 * its invitations are only known by reading: so read them, then delete everything in one script that first checks the
 * study still has exactly those sessions and no real one; if a session came meanwhile, read again.
 */
export async function deleteStudy(redis: Redis, k: RedisKeys, scripts: StoreScripts, workspaceId: string, studyId: string): Promise<DeleteStudyOutcome> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const json = await reachRedis('deleteStudy', () => redis.hget<string>(k.studies(workspaceId), studyId));
    if (json === null || json === undefined) return { deleted: false, reason: 'not_found' };
    const study = (typeof json === 'string' ? JSON.parse(json) : json) as StudyRecord;
    const members = await reachRedis('deleteStudy', () => redis.exec<string[]>(['ZRANGE', k.studySessionOrder(workspaceId, studyId), '0', '-1']));
    const ids = members.map(idOfMember);
    const tokens = ids.length === 0 ? [] : await reachRedis('deleteStudy', () => scripts.tokenHashes.exec(ids.map((id) => k.session(workspaceId, id)), []));
    const invitations = await reachRedis('deleteStudy', () => redis.smembers(k.studyInvitations(workspaceId, studyId)));
    const analyses = k.analyses(workspaceId, studyId);
    const keys = [
      k.studies(workspaceId),
      k.studyCounts(workspaceId),
      k.studyOrder(workspaceId),
      k.studyOwner(studyId),
      k.studySessionOrder(workspaceId, studyId),
      k.sessionOrder(workspaceId),
      analyses.records,
      analyses.order,
      analyses.sequence,
      k.analysisRevision(workspaceId, studyId),
      k.insights(workspaceId, studyId),
      k.studyInvitations(workspaceId, studyId),
      ...ids.flatMap((id, i) => [k.session(workspaceId, id), k.turns(workspaceId, id), k.turnIds(workspaceId, id), k.credential(tokens[i] ?? '')]),
      ...invitations.map((id) => k.invitation(id)),
    ];
    const args = [studyId, orderMember(study.createdAt, studyId), String(ids.length), ...members];
    const reply = await reachRedis('deleteStudy', () => scripts.deleteStudy.exec(keys, args));
    if (reply[0] === 'ok') return { deleted: true };
    if (reply[0] === 'not_found') return { deleted: false, reason: 'not_found' };
    if (reply[0] === 'has_sessions') return { deleted: false, reason: 'has_sessions', sessions: Number(reply[1]) };
    // 'changed': a test session started meanwhile; list again.
  }
  throw new StoreUnavailableError(`redis store: study ${studyId} kept changing under ${ATTEMPTS} delete attempts`);
}
