/**
 * Lua of the webhook outbox (../webhook-outbox.ts). A webhook's deliveries hash holds `<id>` → the record JSON and,
 * while an attempt holds it, `<id>|claim` → `<claimId>|<lease end, ms>`; the record JSON itself is only ever written
 * whole by the caller (Lua reads it, never re-encodes it). The due set's members are `<ws>/<webhook>/<id>`.
 */

/**
 * Queues a delivery if its webhook exists. KEYS: webhooks hash, deliveries hash, order zset, due zset. ARGV: webhook
 * id, delivery id, JSON, order member, due (ms), due member. Returns 1 when queued (or already there), 0 for no webhook.
 */
export const ENQUEUE_DELIVERY_LUA = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
if redis.call('HEXISTS', KEYS[2], ARGV[2]) == 1 then return 1 end
redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
redis.call('ZADD', KEYS[3], 0, ARGV[4])
redis.call('ZADD', KEYS[4], ARGV[5], ARGV[6])
return 1
`;

/**
 * Claims a pending delivery nobody holds a live claim on: in mode 'due' if its due score has come, in mode 'attempts'
 * if it made exactly that many attempts. Its due score moves to the lease end, so a dead process's claim comes due
 * again. KEYS: deliveries hash, due zset. ARGV: id, mode, attempts, now (ms), lease end (ms), claim id, due member.
 * Returns the record JSON, or false. The same claim id again (a retry after a lost reply) gets the record again.
 */
export const CLAIM_DELIVERY_LUA = `
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then
  redis.call('ZREM', KEYS[2], ARGV[7])
  return false
end
local held = redis.call('HGET', KEYS[1], ARGV[1] .. '|claim')
if held then
  local sep = string.find(held, '|', 1, true)
  if string.sub(held, 1, sep - 1) == ARGV[6] then return json end
  if tonumber(string.sub(held, sep + 1)) > tonumber(ARGV[4]) then return false end
end
local d = cjson.decode(json)
if d.status ~= 'pending' then
  redis.call('ZREM', KEYS[2], ARGV[7])
  return false
end
if ARGV[2] == 'due' then
  local score = redis.call('ZSCORE', KEYS[2], ARGV[7])
  if (not score) or tonumber(score) > tonumber(ARGV[4]) then return false end
elseif tonumber(d.attempts) ~= tonumber(ARGV[3]) then
  return false
end
redis.call('HSET', KEYS[1], ARGV[1] .. '|claim', ARGV[6] .. '|' .. ARGV[5])
redis.call('ZADD', KEYS[2], ARGV[5], ARGV[7])
return json
`;

/**
 * Stores an attempt's outcome if the claim still holds, and keeps only the newest `cap` finished deliveries.
 * KEYS: deliveries hash, order zset, finished zset (order members scored by creation ms), due zset. ARGV: id, claim
 * id, JSON, status, next attempt (ms), order member, created (ms), cap, due member. Returns 1 when stored, else 0.
 */
export const SETTLE_DELIVERY_LUA = `
local held = redis.call('HGET', KEYS[1], ARGV[1] .. '|claim')
if (not held) or string.sub(held, 1, #ARGV[2] + 1) ~= ARGV[2] .. '|' then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HDEL', KEYS[1], ARGV[1] .. '|claim')
if ARGV[4] == 'pending' then
  redis.call('ZADD', KEYS[4], ARGV[5], ARGV[9])
  return 1
end
redis.call('ZREM', KEYS[4], ARGV[9])
redis.call('ZADD', KEYS[3], ARGV[7], ARGV[6])
local extra = redis.call('ZCARD', KEYS[3]) - tonumber(ARGV[8])
if extra > 0 then
  for _, m in ipairs(redis.call('ZRANGE', KEYS[3], 0, extra - 1)) do
    local old = string.sub(m, 18)
    redis.call('ZREM', KEYS[3], m)
    redis.call('ZREM', KEYS[2], m)
    redis.call('HDEL', KEYS[1], old, old .. '|claim')
  end
end
return 1
`;

/**
 * Deletes a webhook with all its deliveries, taking them out of the due set. KEYS: webhooks hash, webhooks order,
 * deliveries hash, order zset, finished zset, due zset. ARGV: webhook id, due member prefix. Returns 1 if it existed.
 */
export const DELETE_WEBHOOK_LUA = `
local removed = redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
for _, m in ipairs(redis.call('ZRANGE', KEYS[4], 0, -1)) do
  redis.call('ZREM', KEYS[6], ARGV[2] .. string.sub(m, 18))
end
redis.call('DEL', KEYS[3], KEYS[4], KEYS[5])
return removed
`;
