/**
 * Lua shared by the scripts that read or change a study's derived counters (the `study-counts` hash, see keys.ts).
 * It is pasted into each script's source: Redis scripts cannot import one another.
 */
export const STUDY_COUNTS_LUA = `
local COUNTERS = {'sessions', 'completed', 'promptTokens', 'completionTokens', 'stoppedEarly', 'abandoned', 'inProgress', 'test', 'shown', 'dismissed'}
local function count_fields(study_id)
  local out = {}
  for i, name in ipairs(COUNTERS) do out[i] = study_id .. '|' .. name end
  return unpack(out)
end
local function read_counts(counts_key, study_id)
  return redis.call('HMGET', counts_key, count_fields(study_id))
end
local function add_count(counts_key, study_id, what, delta)
  if delta ~= 0 then redis.call('HINCRBY', counts_key, study_id .. '|' .. what, string.format('%d', delta)) end
end
-- The counters a session is counted in, from its hash: a test session only 'test'; a real one 'sessions' and its
-- outcome's counter (the '_o' field, or the outcome given). A session written before outcomes were stored was counted
-- in 'sessions', and in 'completed' if it had completed: taking out exactly that keeps old studies' counts right.
local function counters_of(session_key, outcome)
  if redis.call('HGET', session_key, 'test') == 'true' then return {'test'} end
  outcome = outcome or redis.call('HGET', session_key, '_o')
  if outcome then return {'sessions', outcome} end
  if redis.call('HGET', session_key, 'status') == '"completed"' then return {'sessions', 'completed'} end
  return {'sessions'}
end
-- Moves a session from the counters it was in (old, a list; nil for a new session) to those of its new outcome.
local function recount(counts_key, session_key, study_id, old, outcome)
  if old then for _, c in ipairs(old) do add_count(counts_key, study_id, c, -1) end end
  for _, c in ipairs(counters_of(session_key, outcome)) do add_count(counts_key, study_id, c, 1) end
  redis.call('HSET', session_key, '_o', outcome)
end
local function tokens_of(usage_json)
  if not usage_json then return 0, 0 end
  local u = cjson.decode(usage_json)
  return tonumber(u.promptTokens) or 0, tonumber(u.completionTokens) or 0
end
`;
