/**
 * Records kept in insertion order: a hash (id → JSON) with a sorted set of ids scored by a sequence counter (used for
 * webhooks and session analyses; keys.ts). KEYS of all three scripts: records hash, order zset, sequence counter.
 */

/**
 * Stores a record. ARGV: id, JSON, mode — 'create' refuses an existing id ({'exists'}) unless its JSON is the same
 * (a retried request), 'replace' overwrites it in place (it keeps its position). Returns {'ok'} or {'exists'}.
 */
export const PUT_ORDERED_RECORD_LUA = `
local existing = redis.call('HGET', KEYS[1], ARGV[1])
if existing then
  if ARGV[3] == 'create' and existing ~= ARGV[2] then return {'exists'} end
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  return {'ok'}
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[3]), ARGV[1])
return {'ok'}
`;

/**
 * Stores a session analysis unless the stored one covers more turns, and counts the save in the study's analysis
 * revision. KEYS: records hash, order zset, sequence counter, revision counter. ARGV: id, JSON, analyzedTurns.
 * Returns 1 when written, 0 when a further-along analysis was kept.
 */
export const PUT_SESSION_ANALYSIS_LUA = `
local existing = redis.call('HGET', KEYS[1], ARGV[1])
if existing then
  local ok, stored = pcall(cjson.decode, existing)
  if ok and type(stored) == 'table' and tonumber(stored.analyzedTurns) and tonumber(stored.analyzedTurns) > tonumber(ARGV[3]) then return 0 end
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
else
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[3]), ARGV[1])
end
redis.call('INCR', KEYS[4])
return 1
`;

/** Removes a record. ARGV: id. Returns 1 if it existed, else 0. */
export const DELETE_ORDERED_RECORD_LUA = `
local removed = redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return removed
`;

/** Every record's JSON, oldest first. */
export const LIST_ORDERED_RECORDS_LUA = `
local ids = redis.call('ZRANGE', KEYS[2], 0, -1)
if #ids == 0 then return {} end
return redis.call('HMGET', KEYS[1], unpack(ids))
`;
