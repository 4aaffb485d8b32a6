import { STUDY_COUNTS_LUA } from './study-counts.ts';

/**
 * Ends an active session (a no-op on an ended one) and counts a completion into its study. KEYS: session,
 * study-counts. ARGV: status JSON, endReason JSON, endedAt JSON. Returns false for no such session, else the
 * session's hash fields as they now are.
 */
export const END_SESSION_LUA = `${STUDY_COUNTS_LUA}
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
if redis.call('HGET', KEYS[1], 'status') == '"active"' then
  redis.call('HSET', KEYS[1], 'status', ARGV[1], 'endReason', ARGV[2], 'endedAt', ARGV[3])
  redis.call('HINCRBY', KEYS[1], 'version', 1)
  if ARGV[1] == '"completed"' then
    add_count(KEYS[2], cjson.decode(redis.call('HGET', KEYS[1], 'studyId')), 'completed', 1)
  end
end
return redis.call('HGETALL', KEYS[1])
`;
