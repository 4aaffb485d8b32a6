/**
 * Whether a page URL matches a trigger's pattern. `*` matches any run of characters; a pattern starting with `/` is
 * matched against the path (plus query), anything else against the whole URL. Case-insensitive.
 */
export function urlMatches(pattern: string, url: string): boolean {
  let subject = url;
  if (pattern.startsWith('/')) {
    try {
      const u = new URL(url, 'http://x');
      subject = u.pathname + u.search;
    } catch {
      return false;
    }
  }
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
  return regex.test(subject) || (pattern.startsWith('/') && !pattern.includes('?') && regex.test(subject.split('?')[0]!));
}
