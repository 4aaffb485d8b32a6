/**
 * Stores a workspace and its credentials together. KEYS: workspace, then one credential key per credential;
 * ARGV: workspace JSON, then the credential JSONs in KEYS order. Returns {'ok'}, {'exists'} or {'credential_taken'}
 * (a credential hash already stored for something else is never overwritten). Writing exactly what is already there
 * succeeds, so a request the client library retried after a lost reply does not fail.
 */
export const CREATE_WORKSPACE_LUA = `
local existing = redis.call('GET', KEYS[1])
if existing then
  if existing == ARGV[1] then return {'ok'} end
  return {'exists'}
end
for i = 2, #KEYS do
  local credential = redis.call('GET', KEYS[i])
  if credential and credential ~= ARGV[i] then return {'credential_taken'} end
end
redis.call('SET', KEYS[1], ARGV[1])
for i = 2, #KEYS do redis.call('SET', KEYS[i], ARGV[i]) end
return {'ok'}
`;
