import { STUDY_COUNTS_LUA } from './study-counts.ts';

/**
 * Stores a new session with its first turns and its session-token credential, lists it, and counts it into its
 * study, all at once. KEYS: session, turns, turn-ids, sessions:order, the study's sessions:order, study-counts,
 * credential, and the invitation the session answers (when it answers one). ARGV: write id, order member, study id,
 * credential JSON, outcome counter, prompt tokens, completion tokens, n (number of turns), n turn ids, n turn JSONs,
 * quota ('' for none; never given for a test session), token hash, the invitation as it is to be stored ('' for none),
 * the session id, then the session's hash fields (field, value, …).
 * Returns {'ok'}, {'exists'}, {'quota_reached'} (the study already has that many real sessions) or {'invitation_used'}
 * (the invitation started another session), nothing written on a refusal; a session whose `_w` is this write id is
 * this very write, retried.
 */
export const CREATE_SESSION_LUA = `${STUDY_COUNTS_LUA}
if redis.call('EXISTS', KEYS[1]) == 1 then
  if redis.call('HGET', KEYS[1], '_w') == ARGV[1] then return {'ok'} end
  return {'exists'}
end
local n = tonumber(ARGV[8])
local ids, turns, fields = {}, {}, {}
for i = 1, n do
  ids[i] = ARGV[8 + i]
  turns[i] = ARGV[8 + n + i]
end
local quota = ARGV[9 + 2 * n]
if quota ~= '' and (tonumber(redis.call('HGET', KEYS[6], ARGV[3] .. '|sessions')) or 0) >= tonumber(quota) then return {'quota_reached'} end
local invitation = ARGV[11 + 2 * n]
if invitation ~= '' then
  local stored = redis.call('GET', KEYS[8])
  local used = stored and cjson.decode(stored).sessionId
  if used and used ~= cjson.null and used ~= ARGV[12 + 2 * n] then return {'invitation_used'} end
  redis.call('SET', KEYS[8], invitation)
end
for i = 13 + 2 * n, #ARGV do fields[#fields + 1] = ARGV[i] end
-- '_t': the token's hash, so deleting the session can delete its credential too.
redis.call('HSET', KEYS[1], '_w', ARGV[1], '_t', ARGV[10 + 2 * n], unpack(fields))
if n > 0 then
  redis.call('RPUSH', KEYS[2], unpack(turns))
  redis.call('SADD', KEYS[3], unpack(ids))
end
redis.call('ZADD', KEYS[4], 0, ARGV[2])
redis.call('ZADD', KEYS[5], 0, ARGV[2])
redis.call('SET', KEYS[7], ARGV[4])
recount(KEYS[6], KEYS[1], ARGV[3], nil, ARGV[5])
add_count(KEYS[6], ARGV[3], 'promptTokens', tonumber(ARGV[6]))
add_count(KEYS[6], ARGV[3], 'completionTokens', tonumber(ARGV[7]))
return {'ok'}
`;
