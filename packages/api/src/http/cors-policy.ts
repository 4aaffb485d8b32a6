import type { Context } from 'hono';
import { secretKeyOriginListed } from '../auth/secret-origin.ts';

/**
 * API paths a browser page on a customer's site calls (publishable key or session token): the widget and the SDK's
 * browser half. Every other `/v1` path takes only a secret or admin key. Paths are wire names: keep in step with routes.
 */
const BROWSER_PATHS = [
  /^\/v1\/sessions\/?$/,
  /^\/v1\/sessions\/[^/]+\/?$/,
  /^\/v1\/sessions\/[^/]+\/(turns|end)\/?$/,
  /^\/v1\/eligibility\/?$/,
  /^\/v1\/impressions\/?$/,
  /^\/v1\/studies\/[^/]+\/welcome\/?$/,
];

/**
 * The `Access-Control-Allow-Origin` of a request (hono/cors's `origin` option). Browser paths and everything outside
 * `/v1` (widget bundles, pages, health, OpenAPI) answer `*`: publishable keys are checked against the workspace's
 * allowedOrigins when used. Secret-only paths answer no CORS at all to other sites, so a browser there cannot even
 * send the request; only origins listed in `secretKeyOrigins` get their own origin back.
 */
export function corsOrigin(secretKeyOrigins: readonly string[]) {
  return (origin: string, c: Context): string | null => {
    const path = c.req.path;
    if (!path.startsWith('/v1/') || BROWSER_PATHS.some((p) => p.test(path))) return '*';
    return origin && secretKeyOriginListed(origin, secretKeyOrigins) ? origin : null;
  };
}
