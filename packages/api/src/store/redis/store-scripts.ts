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
  // Typed by our own interface: the class createScript returns is one @upstash/redis does not export.
  const bind = <T>(lua: string): LuaScript<T> => redis.createScript<T>(lua);
  return {
    createWorkspace: bind<[string]>(CREATE_WORKSPACE_LUA),
    createStudy: bind<[string, Counts?]>(CREATE_STUDY_LUA),
    updateStudy: bind<[string, Counts?]>(UPDATE_STUDY_LUA),
    readStudies: bind<[string | null, Counts][]>(READ_STUDIES_LUA),
    createSession: bind<[string]>(CREATE_SESSION_LUA),
    readSession: bind<[unknown[], string[], string | null, Counts] | null>(READ_SESSION_LUA),
    commitTurn: bind<[string, unknown[]?]>(COMMIT_TURN_LUA),
    endSession: bind<[string, unknown[]?] | null>(END_SESSION_LUA),
    recordImpression: bind<number>(RECORD_IMPRESSION_LUA),
    deleteStudy: bind<[string, number?]>(DELETE_STUDY_LUA),
    tokenHashes: bind<string[]>(TOKEN_HASHES_LUA),
    saveParticipant: bind<number>(SAVE_PARTICIPANT_LUA),
    putOrderedRecord: bind<[string]>(PUT_ORDERED_RECORD_LUA),
    putSessionAnalysis: bind<number>(PUT_SESSION_ANALYSIS_LUA),
    deleteOrderedRecord: bind<number>(DELETE_ORDERED_RECORD_LUA),
    listOrderedRecords: bind<(string | null)[]>(LIST_ORDERED_RECORDS_LUA),
    claimIdempotencyKey: bind<[string, string?, string?, string?]>(CLAIM_IDEMPOTENCY_KEY_LUA),
    renewIdempotencyKey: bind<number>(RENEW_IDEMPOTENCY_KEY_LUA),
    completeIdempotencyKey: bind<number>(COMPLETE_IDEMPOTENCY_KEY_LUA),
    releaseIdempotencyKey: bind<number>(RELEASE_IDEMPOTENCY_KEY_LUA),
  };
}

/** What the store uses of a bound Lua script: EVALSHA, falling back to EVAL once. */
export interface LuaScript<T> {
  exec(keys: string[], args: string[]): Promise<T>;
}

/** The scripts of one RedisStore. */
export type StoreScripts = ReturnType<typeof storeScripts>;
