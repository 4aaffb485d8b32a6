import { STUDY_COUNTS_LUA } from './study-counts.ts';

/**
 * The one write of a turn: checks the session exists, is active, is at the expected version and has no turn with
 * the participant turn's id (refusals in that order, as the Store port says); then appends both turns, applies the
 * session changes, bumps the version, and moves the study's counters (completed, tokens) by what changed — in one
 * atomic step, so a turn and its session's state never disagree and two retries of one turn id cannot both land.
 * KEYS: session, turns, turn-ids, study-counts. ARGV: expected version, participant turn id, reply turn id,
 * participant turn JSON, reply JSON, write id, the session's outcome counter after this turn, then the changed hash
 * fields (field, value, …).
 * Returns {'ok', session hash fields} or {reason}. A session whose `_w` is this write id is this very write, retried
 * after a lost reply: it answers 'ok' again instead of 'stale'.
 */
export const COMMIT_TURN_LUA = `${STUDY_COUNTS_LUA}
if redis.call('EXISTS', KEYS[1]) == 0 then return {'not_found'} end
if redis.call('HGET', KEYS[1], '_w') == ARGV[6] then return {'ok', redis.call('HGETALL', KEYS[1])} end
local status = redis.call('HGET', KEYS[1], 'status')
if status ~= '"active"' then return {'not_active'} end
if tonumber(redis.call('HGET', KEYS[1], 'version')) ~= tonumber(ARGV[1]) then return {'stale'} end
if redis.call('SISMEMBER', KEYS[3], ARGV[2]) == 1 then return {'duplicate_turn'} end

local old_prompt, old_completion = tokens_of(redis.call('HGET', KEYS[1], 'usage'))
local old_counters = counters_of(KEYS[1], nil)
local fields = {}
for i = 8, #ARGV do fields[#fields + 1] = ARGV[i] end
if #fields > 0 then redis.call('HSET', KEYS[1], unpack(fields)) end
redis.call('HINCRBY', KEYS[1], 'version', 1)
redis.call('HSET', KEYS[1], '_w', ARGV[6])
redis.call('RPUSH', KEYS[2], ARGV[4], ARGV[5])
redis.call('SADD', KEYS[3], ARGV[2], ARGV[3])

local study_id = cjson.decode(redis.call('HGET', KEYS[1], 'studyId'))
recount(KEYS[4], KEYS[1], study_id, old_counters, ARGV[7])
local new_prompt, new_completion = tokens_of(redis.call('HGET', KEYS[1], 'usage'))
add_count(KEYS[4], study_id, 'promptTokens', new_prompt - old_prompt)
add_count(KEYS[4], study_id, 'completionTokens', new_completion - old_completion)
return {'ok', redis.call('HGETALL', KEYS[1])}
`;
