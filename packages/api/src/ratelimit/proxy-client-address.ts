/** Which reverse proxy the operator says sits in front: any one that sets x-forwarded-for, or Cloudflare. */
export type TrustedProxy = 'forwarded' | 'cloudflare';

/**
 * The client's address as a trusted reverse proxy reports it: the last entry of `x-forwarded-for` — the address the
 * proxy itself saw; earlier entries come from the client and can be forged. `cf-connecting-ip` is taken only when the
 * operator said the proxy is Cloudflare (PARLEY_TRUST_PROXY=cloudflare): behind any other proxy a client could set it.
 */
export function addressFromProxyHeaders(headers: Headers, proxy: TrustedProxy = 'forwarded'): string | undefined {
  const cloudflare = proxy === 'cloudflare' ? headers.get('cf-connecting-ip')?.trim() : undefined;
  if (cloudflare) return cloudflare;
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || undefined;
}
