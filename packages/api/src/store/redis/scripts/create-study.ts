import { STUDY_COUNTS_LUA } from './study-counts.ts';

/**
 * Stores a new study, puts it in its workspace's order and records which workspace owns its id. KEYS: studies,
 * study-counts, studies:order, study-owner; ARGV: study id, study JSON, order member, workspace id. Returns
 * {'ok', counts} or {'exists'}; storing the same JSON again is a success (a retried request), anything else under an
 * existing id (in any workspace) is refused.
 */
export const CREATE_STUDY_LUA = `${STUDY_COUNTS_LUA}
local existing = redis.call('HGET', KEYS[1], ARGV[1])
if existing and existing ~= ARGV[2] then return {'exists'} end
local owner = redis.call('GET', KEYS[4])
if owner and owner ~= ARGV[4] then return {'exists'} end
redis.call('SET', KEYS[4], ARGV[4])
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[3], 0, ARGV[3])
return {'ok', read_counts(KEYS[2], ARGV[1])}
`;
