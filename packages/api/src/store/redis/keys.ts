/**
 * The Redis store's key layout. Every key starts with a configurable prefix (PARLEY_REDIS_PREFIX, default "parley:"),
 * so several deployments or test runs can share one Redis; everything a workspace owns sits under `ws:<workspaceId>:`,
 * so one workspace's keys can be found (and isolation reviewed) by prefix. JSON is stored as plain strings or hash
 * fields: no RedisJSON module is needed.
 *
 * Ids inside key names are URI-encoded (`encodeURIComponent`); the table shows them unencoded. Key names and field
 * names are a storage format: renaming one orphans every record already stored under it — add, never rename.
 *
 * | key                                   | type   | holds |
 * |---------------------------------------|--------|-------|
 * | cred:<sha256>                         | string | CredentialRecord JSON (found by hash, before the workspace is known) |
 * | ws:<ws>                               | string | WorkspaceRecord JSON |
 * | study-owner:<study>                   | string | the id of the workspace that owns the study (public links carry only the study id) |
 * | ws:<ws>:studies                       | hash   | `<studyId>` → StudyRecord JSON |
 * | ws:<ws>:study-counts                  | hash   | `<studyId>|sessions`, `|completed`, `|promptTokens`, `|completionTokens`, `|stoppedEarly`, `|abandoned`, `|inProgress`, `|test` → integers derived from the study's sessions; `|shown`, `|dismissed` → impressions |
 * | ws:<ws>:studies:order                 | zset   | `<createdAt ms, 16 digits>|<studyId>`, all scores 0: lexicographic = creation order |
 * | ws:<ws>:se:<session>                  | hash   | one field per SessionRecord field, JSON-encoded (`version`: a JSON integer, HINCRBY); `_w`: id of the last write; `_o`: the outcome counter it is counted in; `_t`: its token's hash |
 * | ws:<ws>:se:<session>:turns            | list   | StoredTurn JSON, in transcript order |
 * | ws:<ws>:se:<session>:turn-ids         | set    | every turn id of the transcript (duplicate-turn check) |
 * | ws:<ws>:sessions:order                | zset   | `<startedAt ms>|<sessionId>` |
 * | ws:<ws>:st:<study>:sessions:order     | zset   | the same, for one study's sessions |
 * | ws:<ws>:participant:<id>              | hash   | `record` → ParticipantRecord JSON, `version` → integer (compare-and-set), `_w` → id of the last write |
 * | ws:<ws>:webhooks                      | hash   | `<webhookId>` → WebhookRecord JSON; with `:order` (zset of ids scored by `:seq`, an INCR counter): oldest first |
 * | ws:<ws>:webhook:<wh>:deliveries…      | —      | a webhook's deliveries and the global `webhook-deliveries:due` set: see webhook-outbox.ts |
 * | ws:<ws>:st:<study>:analyses           | hash   | `<sessionId>` → SessionAnalysisRecord JSON; with `:order` and `:seq` as above |
 * | ws:<ws>:st:<study>:analyses:rev       | string | INCR counter of analysis saves (Store.analysisRevision) |
 * | ws:<ws>:st:<study>:insights           | string | the study's aggregated insights JSON |
 * | workspaces                            | set    | every workspace id (start-up work such as analysis catch-up) |
 * | invitation:<id>                       | string | InvitationRecord JSON (invitation links carry only the id) |
 * | ws:<ws>:st:<study>:invitations        | set    | ids of the study's invitations (saved since this set exists), so deleting the study deletes them |
 * | idem:<scope length>:<scope>:<key>     | hash   | fingerprint, createdAt, ttlMs, response JSON, nonce; expires (PEXPIRE) an hour after its TTL |
 * | rl:<bucket>:…                         | —      | rate-limit counters, written by @upstash/ratelimit (src/ratelimit/redis-rate-limiter.ts) |
 *
 * Why a workspace's studies and their counters live in two hashes rather than a key per study: a session read and a
 * turn commit can then name every key they touch up front (KEYS of the Lua script), although the study id is only
 * known from the session. Counters are a hash apart so that no study id can ever name a counter field.
 * Multi-key writes are Lua scripts (src/store/redis/scripts/), so they run atomically on one Redis or Upstash
 * database; Redis Cluster is not supported (a write spans a workspace's keys and the global credential keys).
 */

/** The three keys of records kept in insertion order (scripts/ordered-records.ts). */
export interface OrderedRecordKeys {
  records: string;
  order: string;
  sequence: string;
}

function ordered(base: string): OrderedRecordKeys {
  return { records: base, order: `${base}:order`, sequence: `${base}:seq` };
}

/** Every key name the Redis store uses, under one prefix. */
export interface RedisKeys {
  prefix: string;
  credential(hash: string): string;
  workspace(workspaceId: string): string;
  studyOwner(studyId: string): string;
  studies(workspaceId: string): string;
  studyCounts(workspaceId: string): string;
  studyOrder(workspaceId: string): string;
  session(workspaceId: string, sessionId: string): string;
  turns(workspaceId: string, sessionId: string): string;
  turnIds(workspaceId: string, sessionId: string): string;
  sessionOrder(workspaceId: string): string;
  studySessionOrder(workspaceId: string, studyId: string): string;
  participant(workspaceId: string, participantId: string): string;
  webhooks(workspaceId: string): OrderedRecordKeys;
  analyses(workspaceId: string, studyId: string): OrderedRecordKeys;
  analysisRevision(workspaceId: string, studyId: string): string;
  insights(workspaceId: string, studyId: string): string;
  workspaceIds(): string;
  invitation(invitationId: string): string;
  studyInvitations(workspaceId: string, studyId: string): string;
  idempotency(scope: string, key: string): string;
  rateLimit(bucket: string): string;
}

/** The key names under `prefix` (see the table above). */
export function redisKeys(prefix: string): RedisKeys {
  // Ids reach key names from URLs: encoding them keeps ':' in an id from ever naming another key.
  const ws = (id: string) => `${prefix}ws:${encodeURIComponent(id)}`;
  const se = (w: string, s: string) => `${ws(w)}:se:${encodeURIComponent(s)}`;
  return {
    prefix,
    credential: (hash) => `${prefix}cred:${encodeURIComponent(hash)}`,
    workspace: ws,
    studyOwner: (st) => `${prefix}study-owner:${encodeURIComponent(st)}`,
    studies: (w) => `${ws(w)}:studies`,
    studyCounts: (w) => `${ws(w)}:study-counts`,
    studyOrder: (w) => `${ws(w)}:studies:order`,
    session: se,
    turns: (w, s) => `${se(w, s)}:turns`,
    turnIds: (w, s) => `${se(w, s)}:turn-ids`,
    sessionOrder: (w) => `${ws(w)}:sessions:order`,
    studySessionOrder: (w, st) => `${ws(w)}:st:${encodeURIComponent(st)}:sessions:order`,
    participant: (w, id) => `${ws(w)}:participant:${encodeURIComponent(id)}`,
    webhooks: (w) => ordered(`${ws(w)}:webhooks`),
    analyses: (w, st) => ordered(`${ws(w)}:st:${encodeURIComponent(st)}:analyses`),
    analysisRevision: (w, st) => `${ws(w)}:st:${encodeURIComponent(st)}:analyses:rev`,
    workspaceIds: () => `${prefix}workspaces`,
    insights: (w, st) => `${ws(w)}:st:${encodeURIComponent(st)}:insights`,
    invitation: (id) => `${prefix}invitation:${encodeURIComponent(id)}`,
    studyInvitations: (w, st) => `${ws(w)}:st:${encodeURIComponent(st)}:invitations`,
    // The scope's length makes the key unambiguous whatever characters scope and key contain.
    idempotency: (scope, key) => `${prefix}idem:${scope.length}:${scope}:${key}`,
    rateLimit: (bucket) => `${prefix}rl:${bucket}`,
  };
}
