/**
 * Compare-and-set save of a participant. KEYS: the participant. ARGV: expected version (0: must not exist yet),
 * the record JSON (already at version + 1), write id. Returns 1 if saved, 0 if someone else saved first. A
 * participant whose `_w` is this write id is this very save, retried after a lost reply: 1 again.
 */
export const SAVE_PARTICIPANT_LUA = `
if redis.call('HGET', KEYS[1], '_w') == ARGV[3] then return 1 end
local version = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
if version ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'record', ARGV[2], 'version', version + 1, '_w', ARGV[3])
return 1
`;
