import { STUDY_COUNTS_LUA } from './study-counts.ts';

/**
 * Stores a new session with its first turns and its session-token credential, lists it, and counts it into its
 * study, all at once. KEYS: session, turns, turn-ids, sessions:order, the study's sessions:order, study-counts,
 * credential. ARGV: write id, order member, study id, credential JSON, status JSON, prompt tokens, completion tokens,
 * n (number of turns), n turn ids, n turn JSONs, then the session's hash fields (field, value, …).
 * Returns {'ok'} or {'exists'}; a session whose `_w` is this write id is this very write, retried.
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
for i = 9 + 2 * n, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[1], '_w', ARGV[1], unpack(fields))
if n > 0 then
  redis.call('RPUSH', KEYS[2], unpack(turns))
  redis.call('SADD', KEYS[3], unpack(ids))
end
redis.call('ZADD', KEYS[4], 0, ARGV[2])
redis.call('ZADD', KEYS[5], 0, ARGV[2])
redis.call('SET', KEYS[7], ARGV[4])
add_count(KEYS[6], ARGV[3], 'sessions', 1)
if ARGV[5] == '"completed"' then add_count(KEYS[6], ARGV[3], 'completed', 1) end
add_count(KEYS[6], ARGV[3], 'promptTokens', tonumber(ARGV[6]))
add_count(KEYS[6], ARGV[3], 'completionTokens', tonumber(ARGV[7]))
return {'ok'}
`;
