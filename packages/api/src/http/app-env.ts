import type { RequestIdVariables } from 'hono/request-id';
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../auth/principal.ts';
import type { CredentialHashCache } from '../auth/credential-hash-cache.ts';

/** Hono environment of the app: the injected dependencies and the per-request principal. */
export interface AppEnv {
  Variables: RequestIdVariables & {
    deps: AppDeps;
    principal: Principal;
    credentialHashes: CredentialHashCache;
  };
}
