import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The last entry of a comma-separated forwarding header: the one the (single, trusted) proxy in front wrote. */
function lastEntry(value: string | undefined): string | undefined {
  return value?.split(',').at(-1)?.trim() || undefined;
}

/**
 * The base URL links handed out by this request are built on (invitation urls, the hosted page's api and widget
 * addresses, the demo page), without a trailing slash:
 * 1. the configured public URL (PARLEY_PUBLIC_URL) when set — the address people reach the deployment at;
 * 2. with a trusted proxy (PARLEY_TRUST_PROXY), the scheme and host it reports (`x-forwarded-proto`,
 *    `x-forwarded-host`, else the Host header), so a TLS-terminating proxy's links come out `https://`;
 * 3. the request's own origin.
 * Forwarding headers are ignored unless the proxy is trusted: a client could send them itself.
 */
export function publicBaseUrl(c: Context<AppEnv>): string {
  // Routes mounted on their own (static-assets.ts in a test) may have no deps: then the request's own origin.
  const { publicUrl, trustForwardedHeaders } = (c.var.deps as AppEnv['Variables']['deps'] | undefined)?.config ?? {};
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const own = new URL(c.req.url);
  if (!trustForwardedHeaders) return own.origin;
  const proto = lastEntry(c.req.header('x-forwarded-proto'))?.toLowerCase();
  const host = lastEntry(c.req.header('x-forwarded-host')) ?? c.req.header('host');
  const scheme = proto === 'https' || proto === 'http' ? proto : own.protocol.slice(0, -1);
  return `${scheme}://${host && HOST.test(host) ? host : own.host}`;
}

/** The origin part of publicBaseUrl (scheme, host, port), for Content-Security-Policy sources. */
export function publicOrigin(c: Context<AppEnv>): string {
  return new URL(publicBaseUrl(c)).origin;
}
