/** Whether a browser Origin is allowed by a workspace's list (empty list allows all; `https://*.x.com` matches subdomains). */
export function originAllowed(origin: string | undefined, allowed: string[]): boolean {
  if (!origin || allowed.length === 0) return true;
  const normalized = origin.toLowerCase().replace(/\/$/, '');
  return allowed.some((pattern) => {
    const p = pattern.toLowerCase().replace(/\/$/, '');
    if (!p.includes('://*.')) return p === normalized;
    const [scheme, rest] = p.split('://*.') as [string, string];
    const prefix = `${scheme}://`;
    if (!normalized.startsWith(prefix)) return false;
    const host = normalized.slice(prefix.length);
    return host.endsWith(`.${rest}`);
  });
}
