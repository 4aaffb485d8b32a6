import { STUDY_COUNTS_LUA } from './study-counts.ts';

/**
 * Ends an active session (a no-op on an ended one) and moves it to its outcome's counter in its study. KEYS: session,
 * study-counts. ARGV: status JSON, endReason JSON, endedAt JSON, the version the outcome was computed from, the outcome
 * counter. Returns false for no such session, {'stale'} when another write came first (the caller re-reads and tries
 * again), else {'ok', the session's hash fields as they now are}.
 */
export const END_SESSION_LUA = `${STUDY_COUNTS_LUA}
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
if redis.call('HGET', KEYS[1], 'status') == '"active"' then
  if tonumber(redis.call('HGET', KEYS[1], 'version')) ~= tonumber(ARGV[4]) then return {'stale'} end
  local old_counters = counters_of(KEYS[1], nil)
  redis.call('HSET', KEYS[1], 'status', ARGV[1], 'endReason', ARGV[2], 'endedAt', ARGV[3])
  redis.call('HINCRBY', KEYS[1], 'version', 1)
  recount(KEYS[2], KEYS[1], cjson.decode(redis.call('HGET', KEYS[1], 'studyId')), old_counters, ARGV[5])
end
return {'ok', redis.call('HGETALL', KEYS[1])}
`;
