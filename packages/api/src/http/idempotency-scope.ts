import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';
import { hashCredential } from '../auth/hash-credential.ts';

/**
 * The namespace an Idempotency-Key lives in: the credential's, and for a publishable key also the participant's. A
 * publishable key is shared by every visitor of a site, so scoped to the key alone, two visitors whose pages sent the
 * same key value with the same body would get one response, the first one's session token included. The participant
 * is the body's `participant.id`, or for an anonymous participant the client address (a retry comes from the same one).
 */
export async function idempotencyScope(c: Context<AppEnv>): Promise<string> {
  const principal = c.var.principal;
  if (principal.kind !== 'publishable') return principal.scope;
  const id = participantIdOf(await c.req.text());
  const who = id !== undefined ? `participant:${id}` : `address:${c.var.deps.clientAddress?.(c) ?? 'unknown'}`;
  return hashCredential(`${principal.scope}\n${who}`);
}

/** `participant.id` of a JSON body, if it has a string one; anything unreadable counts as anonymous (validation comes later). */
function participantIdOf(body: string): string | undefined {
  try {
    const id = (JSON.parse(body) as { participant?: { id?: unknown } } | null)?.participant?.id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
