import { STUDY_COUNTS_LUA } from './study-counts.ts';

/**
 * Compare-and-set of a study's JSON. KEYS: studies, study-counts; ARGV: study id, the JSON the change was computed
 * from, the new JSON. Returns {'ok', counts}, {'not_found'}, or {'changed'} when another write came first (the
 * caller re-reads and tries again). Finding the new JSON already there counts as success (a retried request).
 */
export const UPDATE_STUDY_LUA = `${STUDY_COUNTS_LUA}
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then return {'not_found'} end
if current ~= ARGV[2] and current ~= ARGV[3] then return {'changed'} end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return {'ok', read_counts(KEYS[2], ARGV[1])}
`;
