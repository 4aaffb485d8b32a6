/**
 * Stores a workspace and its credentials together, and adds its id to the set of all workspaces. KEYS: workspace, the
 * workspace id set, then one credential key per credential; ARGV: workspace JSON, workspace id, then the credential
 * JSONs in KEYS order. Returns {'ok'}, {'exists'} or {'credential_taken'}
 * (a credential hash already stored for something else is never overwritten). Writing exactly what is already there
 * succeeds, so a request the client library retried after a lost reply does not fail.
 */
export const CREATE_WORKSPACE_LUA = `
local existing = redis.call('GET', KEYS[1])
if existing then
  if existing == ARGV[1] then
    redis.call('SADD', KEYS[2], ARGV[2])
    return {'ok'}
  end
  return {'exists'}
end
for i = 3, #KEYS do
  local credential = redis.call('GET', KEYS[i])
  if credential and credential ~= ARGV[i] then return {'credential_taken'} end
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[2])
for i = 3, #KEYS do redis.call('SET', KEYS[i], ARGV[i]) end
return {'ok'}
`;
