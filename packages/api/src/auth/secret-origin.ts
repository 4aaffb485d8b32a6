import type { Context } from 'hono';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { fromOwnOrigin } from './own-origin.ts';
import { originAllowed } from './origin.ts';

/** Whether a browser origin is in the operator's list of origins that may use secret keys (`*`: any). */
export function secretKeyOriginListed(origin: string, listed: readonly string[]): boolean {
  return listed.includes('*') || (listed.length > 0 && originAllowed(origin, [...listed]));
}

/**
 * Refuses a secret or admin key that a browser sends from another site's page. Secret keys are for servers and the
 * API's own console: a key in a third-party page is a leaked key, and refusing it keeps that page from using it even
 * if CORS were loosened. Server-side callers send no Origin and pass; so do origins listed in
 * PARLEY_CONSOLE_ORIGINS (`config.secretKeyOrigins`), e.g. a console hosted elsewhere.
 */
export function checkSecretKeyOrigin(c: Context<AppEnv>): void {
  const origin = c.req.header('origin');
  if (!origin) return;
  const { config } = c.var.deps;
  if (fromOwnOrigin(c, origin, config.publicUrl) || secretKeyOriginListed(origin, config.secretKeyOrigins ?? [])) return;
  throw new ApiError('permission', `Secret keys are for servers, not for pages on ${origin}; use the publishable key in a browser.`);
}
