import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { addressFromProxyHeaders, type TrustedProxy } from '../ratelimit/proxy-client-address.ts';

/**
 * The client address on Node, for per-address rate limits: the socket's peer address, or — only when the operator
 * says a reverse proxy sits in front (PARLEY_TRUST_PROXY=1, or =cloudflare) — the address that proxy reports.
 */
export function nodeClientAddress(options: { trustProxy: TrustedProxy | false }): (c: Context) => string | undefined {
  return (c) => {
    const proxied = options.trustProxy ? addressFromProxyHeaders(c.req.raw.headers, options.trustProxy) : undefined;
    if (proxied) return proxied;
    try {
      return getConnInfo(c).remote.address;
    } catch {
      // Not served by @hono/node-server (e.g. app.request in tests): no socket to ask.
      return undefined;
    }
  };
}
