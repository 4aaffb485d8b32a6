// PARLEY_PUBLIC_URL / PARLEY_WIDGET_URL, read alike on Node and on the edge (no Node built-ins here).

/**
 * An absolute http(s) base URL from the environment, without its trailing slash; unset or empty: undefined. A value
 * that is no such URL stops start-up (a typo would otherwise put broken links into every invitation).
 */
export function readBaseUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} must be an absolute http(s) URL, got "${value}"`);
  if (url.search || url.hash) throw new Error(`${name} must not have a query or fragment, got "${value}"`);
  return url.href.replace(/\/+$/, '');
}

