import type { Context } from 'hono';

/**
 * Whether a browser request comes from a page of the API's own origin (its console, its hosted pages). The browser's
 * `sec-fetch-site: same-origin` says so outright (pages cannot forge `sec-` headers); failing that, the Origin is
 * compared with the request's own URL, its Host alone (a TLS-terminating proxy turns https into http) and the
 * configured public URL.
 */
export function fromOwnOrigin(c: Context, origin: string, publicUrl?: string): boolean {
  if (c.req.header('sec-fetch-site') === 'same-origin') return true;
  const own = new URL(c.req.url);
  if (origin === own.origin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  if (host === (c.req.header('host') ?? own.host)) return true;
  return publicUrl !== undefined && origin === new URL(publicUrl).origin;
}
