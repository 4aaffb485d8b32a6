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
