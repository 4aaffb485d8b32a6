/**
 * Claims an idempotency key unless a live one exists. "Live" is judged against the caller's clock (ARGV), not
 * Redis's, exactly as the Store port defines it; the key's Redis TTL only collects garbage, an hour after that.
 * KEYS: the idempotency key. ARGV: fingerprint, now (ms), ttl (ms), claim id, Redis expiry (ms), pending ttl (ms): a
 * claim never completed that long after it was made is abandoned (its request died) and can be claimed again.
 * Returns {'claimed', claim id}, {'pending', fingerprint} or {'done', fingerprint, response JSON}. A key held by this very
 * claim id is this claim, retried after a lost reply: it answers 'claimed' again.
 */
export const CLAIM_IDEMPOTENCY_KEY_LUA = `
local e = redis.call('HMGET', KEYS[1], 'fingerprint', 'createdAt', 'ttlMs', 'response', 'claim')
if e[1] and e[5] == ARGV[4] then return {'claimed', ARGV[4]} end
if (not e[1]) or (tonumber(e[2]) + tonumber(e[3]) < tonumber(ARGV[2])) or ((not e[4]) and tonumber(e[2]) + tonumber(ARGV[6]) < tonumber(ARGV[2])) then
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], 'fingerprint', ARGV[1], 'createdAt', ARGV[2], 'ttlMs', ARGV[3], 'claim', ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
  return {'claimed', ARGV[4]}
end
if e[4] then return {'done', e[1], e[4]} end
return {'pending', e[1]}
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
