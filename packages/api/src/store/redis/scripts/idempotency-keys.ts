/**
 * Claims an idempotency key unless a live one exists. "Live" is judged against the caller's clock (ARGV), not
 * Redis's, exactly as the Store port defines it; the key's Redis TTL only collects garbage, an hour after that.
 * KEYS: the idempotency key. ARGV: fingerprint, now (ms), ttl (ms), claim id, Redis expiry (ms), lease (ms), seed.
 * A pending claim whose lease (renewed by its live request) has lapsed died with its process: the same request (same
 * fingerprint) takes it over, keeping its seed and time, so the retry rebuilds the objects the dead one may have written.
 * Claims made before leases existed get 15 minutes. Returns {'claimed', claim id, seed, claimed at},
 * {'pending', fingerprint} or {'done', fingerprint, response JSON}. A key held by this very claim id is this claim,
 * retried after a lost reply: it answers 'claimed' again.
 */
export const CLAIM_IDEMPOTENCY_KEY_LUA = `
local e = redis.call('HMGET', KEYS[1], 'fingerprint', 'createdAt', 'ttlMs', 'response', 'claim', 'seed', 'leaseUntil')
local now = tonumber(ARGV[2])
if e[1] and e[5] == ARGV[4] then return {'claimed', ARGV[4], e[6] or ARGV[7], e[2]} end
if (not e[1]) or (tonumber(e[2]) + tonumber(e[3]) < now) then
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], 'fingerprint', ARGV[1], 'createdAt', ARGV[2], 'ttlMs', ARGV[3], 'claim', ARGV[4], 'seed', ARGV[7], 'leaseUntil', tostring(now + tonumber(ARGV[6])))
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
  return {'claimed', ARGV[4], ARGV[7], ARGV[2]}
end
if e[4] then return {'done', e[1], e[4]} end
local lease = tonumber(e[7]) or (tonumber(e[2]) + 900000)
if lease >= now or e[1] ~= ARGV[1] then return {'pending', e[1]} end
local seed = e[6] or ARGV[7]
redis.call('HSET', KEYS[1], 'claim', ARGV[4], 'seed', seed, 'leaseUntil', tostring(now + tonumber(ARGV[6])))
return {'claimed', ARGV[4], seed, e[2]}
`;

/**
 * Extends a pending claim's lease, if that claim still holds the key. KEYS: the idempotency key. ARGV: claim id, lease
 * end (ms). Returns 1, or 0 when the claim was taken over or completed.
 */
export const RENEW_IDEMPOTENCY_KEY_LUA = `
local e = redis.call('HMGET', KEYS[1], 'claim', 'response')
if e[1] ~= ARGV[1] or e[2] then return 0 end
redis.call('HSET', KEYS[1], 'leaseUntil', ARGV[2])
return 1
`;

/**
 * Records the response of a claimed key, if that claim still holds it (a claim given up as abandoned, and taken by a
 * retry, does not). KEYS: the idempotency key. ARGV: response JSON, claim id.
 */
export const COMPLETE_IDEMPOTENCY_KEY_LUA = `
if redis.call('HGET', KEYS[1], 'claim') == ARGV[2] then redis.call('HSET', KEYS[1], 'response', ARGV[1]) end
return 1
`;

/** Forgets a claimed key, if that claim still holds it. KEYS: the idempotency key. ARGV: claim id. */
export const RELEASE_IDEMPOTENCY_KEY_LUA = `
if redis.call('HGET', KEYS[1], 'claim') == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1
`;
