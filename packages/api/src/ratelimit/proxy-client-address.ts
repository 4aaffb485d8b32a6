/**
 * The client's address as a trusted reverse proxy reports it: `cf-connecting-ip` (Cloudflare), else the last entry
 * of `x-forwarded-for` — the address the proxy itself saw; earlier entries come from the client and can be forged.
 * Only for deployments behind exactly one proxy that sets these headers (PARLEY_TRUST_PROXY=1); never otherwise.
 */
export function addressFromProxyHeaders(headers: Headers): string | undefined {
  const cloudflare = headers.get('cf-connecting-ip')?.trim();
  if (cloudflare) return cloudflare;
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || undefined;
}
