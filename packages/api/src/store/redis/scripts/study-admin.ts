/**
 * Counts a widget impression into a study's counters, only if the study exists. KEYS: studies, study-counts. ARGV:
 * study id, counter ('shown' or 'dismissed'). Returns 1 when counted, 0 for no such study.
 */
export const RECORD_IMPRESSION_LUA = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HINCRBY', KEYS[2], ARGV[1] .. '|' .. ARGV[2], 1)
return 1
`;

/**
 * Deletes a study nobody took part in, with its (test) sessions. KEYS: studies, study-counts, studies:order,
 * study-owner, the study's sessions:order, the workspace's sessions:order, analyses hash, analyses order, analyses
 * sequence, analyses revision, insights, the study's invitations set, then per session: session, turns, turn-ids,
 * credential (in that order), then one key per invitation. ARGV: study id, the study's order member, the number of
 * sessions the caller found, then their order members.
 * Returns {'ok'}, {'not_found'}, {'has_sessions', n} or {'changed'} (sessions came or went since the caller
 * listed them: it lists again and retries).
 */
export const DELETE_STUDY_LUA = `
local id = ARGV[1]
if redis.call('HEXISTS', KEYS[1], id) == 0 then return {'not_found'} end
local real = tonumber(redis.call('HGET', KEYS[2], id .. '|sessions')) or 0
if real > 0 then return {'has_sessions', real} end
local n = tonumber(ARGV[3])
if redis.call('ZCARD', KEYS[5]) ~= n then return {'changed'} end
for i = 1, n do
  local base = 12 + (i - 1) * 4
  redis.call('DEL', KEYS[base + 1], KEYS[base + 2], KEYS[base + 3], KEYS[base + 4])
  redis.call('ZREM', KEYS[6], ARGV[3 + i])
end
local fields = {}
for _, name in ipairs({'sessions', 'completed', 'promptTokens', 'completionTokens', 'stoppedEarly', 'abandoned', 'inProgress', 'test', 'shown', 'dismissed'}) do
  fields[#fields + 1] = id .. '|' .. name
end
redis.call('HDEL', KEYS[2], unpack(fields))
redis.call('HDEL', KEYS[1], id)
redis.call('ZREM', KEYS[3], ARGV[2])
redis.call('DEL', KEYS[4], KEYS[5], KEYS[7], KEYS[8], KEYS[9], KEYS[10], KEYS[11], KEYS[12])
for i = 13 + n * 4, #KEYS do redis.call('DEL', KEYS[i]) end
return {'ok'}
`;

/** Reads each session's token hash (`_t`, '' when absent), in one round trip. KEYS: sessions. */
export const TOKEN_HASHES_LUA = `
local out = {}
for i = 1, #KEYS do out[i] = redis.call('HGET', KEYS[i], '_t') or '' end
return out
`;
