/**
 * Lua shared by the scripts that read or change a study's derived counters (the `study-counts` hash, see keys.ts).
 * It is pasted into each script's source: Redis scripts cannot import one another.
 */
export const STUDY_COUNTS_LUA = `
local function count_fields(study_id)
  return study_id .. '|sessions', study_id .. '|completed', study_id .. '|promptTokens', study_id .. '|completionTokens'
end
local function read_counts(counts_key, study_id)
  return redis.call('HMGET', counts_key, count_fields(study_id))
end
local function add_count(counts_key, study_id, what, delta)
  if delta ~= 0 then redis.call('HINCRBY', counts_key, study_id .. '|' .. what, string.format('%d', delta)) end
end
local function tokens_of(usage_json)
  if not usage_json then return 0, 0 end
  local u = cjson.decode(usage_json)
  return tonumber(u.promptTokens) or 0, tonumber(u.completionTokens) or 0
end
`;
