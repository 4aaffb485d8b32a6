import { STUDY_COUNTS_LUA } from './study-counts.ts';

/**
 * Reads studies with their counters in one step. KEYS: studies, study-counts; ARGV: study ids. Returns, per id,
 * {json or false, counts}.
 */
export const READ_STUDIES_LUA = `${STUDY_COUNTS_LUA}
local out = {}
for i = 1, #ARGV do
  out[i] = {redis.call('HGET', KEYS[1], ARGV[i]), read_counts(KEYS[2], ARGV[i])}
end
return out
`;
