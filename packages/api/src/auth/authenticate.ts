import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { timingSafeEqual } from './hash-credential.ts';
import { originAllowed } from './origin.ts';
import { fromOwnOrigin } from './own-origin.ts';
import { checkSecretKeyOrigin } from './secret-origin.ts';
import type { Principal, PrincipalKind } from './principal.ts';

// The scheme is case-insensitive (RFC 9110: "bearer", "BEARER" are the same scheme).
const BEARER = /^Bearer\s+([A-Za-z0-9_\-.~+/=]{8,512})$/i;

/** Checks the bearer credential, then that its kind is one the route accepts; sets `principal`. */
export function authenticate(...accepted: PrincipalKind[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw new ApiError('authentication', 'Send your key as "Authorization: Bearer <key>".');
    const match = BEARER.exec(header.trim());
    if (!match) throw new ApiError('authentication', 'The Authorization header must be "Bearer <key>".');
    const credential = match[1]!;
    const { store, config } = c.var.deps;
    const hash = await c.var.credentialHashes.hash(credential);
    let principal: Principal | null = null;
    if (config.adminKey && timingSafeEqual(hash, await c.var.credentialHashes.hash(config.adminKey))) {
      principal = { kind: 'admin', scope: `admin:${hash}` };
    } else {
      const found = await store.findCredential(hash);
      if (found?.kind === 'session' && found.sessionId) {
        principal = { kind: 'session', workspaceId: found.workspaceId, sessionId: found.sessionId, scope: hash };
      } else if (found && found.kind !== 'session') {
        principal = { kind: found.kind, workspaceId: found.workspaceId, scope: hash };
      }
    }
    if (!principal) throw new ApiError('authentication', 'This key or token is not valid.');
    if (!accepted.includes(principal.kind)) {
      throw new ApiError('permission', `A ${describe(principal.kind)} cannot call ${c.req.method} ${c.req.routePath}.`);
    }
    if (principal.kind === 'secret' || principal.kind === 'admin') checkSecretKeyOrigin(c);
    if (principal.kind === 'publishable') {
      const workspace = await store.getWorkspace(principal.workspaceId);
      if (!workspace) throw new ApiError('authentication', 'This key or token is not valid.');
      // The API's own pages (the hosted interview page) are always allowed to use their workspace's key.
      const origin = c.req.header('origin');
      if (origin && !fromOwnOrigin(c, origin, config.publicUrl) && !originAllowed(origin, workspace.allowedOrigins)) {
        throw new ApiError('permission', `Origin ${origin} is not allowed for this publishable key.`);
      }
    }
    c.set('principal', principal);
    await next();
  };
}

function describe(kind: PrincipalKind): string {
  return { admin: 'admin key', secret: 'secret key', publishable: 'publishable key', session: 'session token' }[kind];
}

/** The workspace of a principal that has one; admin callers have none. */
export function workspaceOf(principal: Principal): string {
  if (principal.kind === 'admin') throw new ApiError('permission', 'The admin key only creates workspaces.');
  return principal.workspaceId;
}
