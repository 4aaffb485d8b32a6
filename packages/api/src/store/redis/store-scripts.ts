import type { Redis } from '@upstash/redis';
import { COMMIT_TURN_LUA } from './scripts/commit-turn.ts';
import { CREATE_SESSION_LUA } from './scripts/create-session.ts';
import { CREATE_STUDY_LUA } from './scripts/create-study.ts';
import { CREATE_WORKSPACE_LUA } from './scripts/create-workspace.ts';
import { END_SESSION_LUA } from './scripts/end-session.ts';
import { CLAIM_IDEMPOTENCY_KEY_LUA, COMPLETE_IDEMPOTENCY_KEY_LUA, RELEASE_IDEMPOTENCY_KEY_LUA, RENEW_IDEMPOTENCY_KEY_LUA } from './scripts/idempotency-keys.ts';
import { READ_SESSION_LUA } from './scripts/read-session.ts';
import { READ_STUDIES_LUA } from './scripts/read-studies.ts';
import { UPDATE_STUDY_LUA } from './scripts/update-study.ts';
import { DELETE_STUDY_LUA, RECORD_IMPRESSION_LUA, TOKEN_HASHES_LUA } from './scripts/study-admin.ts';
import { SAVE_PARTICIPANT_LUA } from './scripts/save-participant.ts';
import { DELETE_ORDERED_RECORD_LUA, LIST_ORDERED_RECORDS_LUA, PUT_ORDERED_RECORD_LUA, PUT_SESSION_ANALYSIS_LUA } from './scripts/ordered-records.ts';

/**
 * A study's derived counters as a script returns them: sessions, completed, prompt tokens, completion tokens,
 * stopped early, abandoned, in progress, test, shown, dismissed (COUNTERS in scripts/study-counts.ts).
 */
export type Counts = (string | null)[];

/**
 * The RedisStore's Lua scripts, bound to one client, each typed with the reply it gives. They run as EVALSHA, falling
 * back to EVAL once when Redis does not know the script yet (after a restart, or on a fresh database).
 */
export function storeScripts(redis: Redis) {
  return {
    createWorkspace: redis.createScript<[string]>(CREATE_WORKSPACE_LUA),
    createStudy: redis.createScript<[string, Counts?]>(CREATE_STUDY_LUA),
    updateStudy: redis.createScript<[string, Counts?]>(UPDATE_STUDY_LUA),
    readStudies: redis.createScript<[string | null, Counts][]>(READ_STUDIES_LUA),
    createSession: redis.createScript<[string]>(CREATE_SESSION_LUA),
    readSession: redis.createScript<[unknown[], string[], string | null, Counts] | null>(READ_SESSION_LUA),
    commitTurn: redis.createScript<[string, unknown[]?]>(COMMIT_TURN_LUA),
    endSession: redis.createScript<[string, unknown[]?] | null>(END_SESSION_LUA),
    recordImpression: redis.createScript<number>(RECORD_IMPRESSION_LUA),
    deleteStudy: redis.createScript<[string, number?]>(DELETE_STUDY_LUA),
    tokenHashes: redis.createScript<string[]>(TOKEN_HASHES_LUA),
    saveParticipant: redis.createScript<number>(SAVE_PARTICIPANT_LUA),
    putOrderedRecord: redis.createScript<[string]>(PUT_ORDERED_RECORD_LUA),
    putSessionAnalysis: redis.createScript<number>(PUT_SESSION_ANALYSIS_LUA),
    deleteOrderedRecord: redis.createScript<number>(DELETE_ORDERED_RECORD_LUA),
    listOrderedRecords: redis.createScript<(string | null)[]>(LIST_ORDERED_RECORDS_LUA),
    claimIdempotencyKey: redis.createScript<[string, string?, string?, string?]>(CLAIM_IDEMPOTENCY_KEY_LUA),
    renewIdempotencyKey: redis.createScript<number>(RENEW_IDEMPOTENCY_KEY_LUA),
    completeIdempotencyKey: redis.createScript<number>(COMPLETE_IDEMPOTENCY_KEY_LUA),
    releaseIdempotencyKey: redis.createScript<number>(RELEASE_IDEMPOTENCY_KEY_LUA),
  };
}

/** The scripts of one RedisStore. */
export type StoreScripts = ReturnType<typeof storeScripts>;
