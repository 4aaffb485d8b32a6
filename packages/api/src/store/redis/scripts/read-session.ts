import { STUDY_COUNTS_LUA } from './study-counts.ts';

/**
 * Reads a session, its transcript, and its study with the study's counters, in one atomic step: a turn needs all
 * of them, and reading them together keeps a turn at one round trip for its reads. KEYS: session, turns, studies,
 * study-counts. Returns false for no such session, else {session hash fields, turn JSONs, study JSON or false, counts}.
 */
export const READ_SESSION_LUA = `${STUDY_COUNTS_LUA}
local fields = redis.call('HGETALL', KEYS[1])
if #fields == 0 then return false end
local turns = redis.call('LRANGE', KEYS[2], 0, -1)
local study_id = cjson.decode(redis.call('HGET', KEYS[1], 'studyId'))
return {fields, turns, redis.call('HGET', KEYS[3], study_id), read_counts(KEYS[4], study_id)}
`;
